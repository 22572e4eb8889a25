using System.ComponentModel.DataAnnotations;
using TraffickingCare.Domain.Shelter;

namespace TraffickingCare.Web.Features.Shelter.Placements.PhaseChanges;

/// <summary>A proposal to move to a later phase, against the placement's version the page showed.</summary>
public sealed class ProposePhaseForm
{
    public int Version { get; set; }

    [Display(Name = "Shelter.PhaseChange.To")]
    public ShelterPhase? To { get; set; }

    [Display(Name = "Shelter.PhaseChange.Review")]
    public string? Review { get; set; }

    [Display(Name = "Shelter.PhaseChange.SkipReason")]
    public string? SkipReason { get; set; }
}
