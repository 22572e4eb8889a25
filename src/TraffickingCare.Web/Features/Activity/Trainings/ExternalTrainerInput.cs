using System.ComponentModel.DataAnnotations;

namespace TraffickingCare.Web.Features.Activity.Trainings;

/// <summary>One outside trainer row of the form; a row left empty names no one.</summary>
public sealed class ExternalTrainerInput
{
    [Display(Name = "Activity.Trainings.Fields.ExternalName")]
    public string? Name { get; set; }

    [Display(Name = "Activity.Trainings.Fields.ExternalInstitution")]
    public string? Institution { get; set; }

    public bool IsEmpty => string.IsNullOrWhiteSpace(Name) && string.IsNullOrWhiteSpace(Institution);
}
