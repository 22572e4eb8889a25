using System.ComponentModel.DataAnnotations;

namespace TraffickingCare.Web.Features.Shelter.Beds;

/// <summary>The label of a new bed: a one-field form under its room; a refusal shows the page again with the label kept beside its reason.</summary>
public sealed class BedForm
{
    [Display(Name = "Shelter.Beds.BedLabel")]
    public string? Name { get; set; }
}
