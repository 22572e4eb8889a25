using System.ComponentModel.DataAnnotations;

namespace TraffickingCare.Web.Features.Shelter.Placements.PhaseChanges;

/// <summary>The coordinator returns a proposal: which one, the version reviewed, and why.</summary>
public sealed class ReturnPhaseForm
{
    public Guid? ChangeId { get; set; }

    public int Version { get; set; }

    [Display(Name = "Shelter.PhaseChange.ReturnReason")]
    public string? Reason { get; set; }
}
