using System.ComponentModel.DataAnnotations;
using TraffickingCare.Domain.Shelter;

namespace TraffickingCare.Web.Features.Shelter.Placements;

/// <summary>A temporary absence: from a day, to a day if known.</summary>
public sealed class AbsenceForm
{
    [Display(Name = "Shelter.Absence.Kind")]
    public AbsenceKind? Kind { get; set; }

    [Display(Name = "Shelter.Absence.From")]
    public string? FromOn { get; set; }

    [Display(Name = "Shelter.Absence.To")]
    public string? ToOn { get; set; }
}
