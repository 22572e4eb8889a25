using System.ComponentModel.DataAnnotations;

namespace TraffickingCare.Web.Features.Shelter.Beds;

/// <summary>The name of a new room or the label of a new bed: a one-field form inside the list, refused by a flash.</summary>
public sealed class LabelForm
{
    [Display(Name = "Shelter.Beds.Label")]
    public string? Name { get; set; }
}
