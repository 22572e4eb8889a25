using System.ComponentModel.DataAnnotations;

namespace TraffickingCare.Web.Features.Shelter.Beds;

/// <summary>The name of a new room: a one-field form under its unit; a refusal shows the page again with the name kept beside its reason.</summary>
public sealed class RoomForm
{
    [Display(Name = "Shelter.Beds.RoomName")]
    public string? Name { get; set; }
}
