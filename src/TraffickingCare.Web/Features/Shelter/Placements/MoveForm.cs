using System.ComponentModel.DataAnnotations;

namespace TraffickingCare.Web.Features.Shelter.Placements;

/// <summary>A move to another bed, from now.</summary>
public sealed class MoveForm
{
    public int Version { get; set; }

    [Display(Name = "Shelter.Move.Bed")]
    public Guid? BedId { get; set; }
}
