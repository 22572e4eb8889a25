using TraffickingCare.Domain.Shelter;

namespace TraffickingCare.Web.Features.Shelter.Placements.PhaseChanges;

/// <summary>The proposal of the next phase: the current phase's goals and their statuses beside the review of them.</summary>
public sealed record ProposePage(Guid PlacementId, string CaseCode, ShelterPhase Phase, bool IsActive, bool HasPending, IReadOnlyList<PlanGoalRow> Goals)
{
    public IEnumerable<ShelterPhase> Later => Enum.GetValues<ShelterPhase>().Where(p => p > Phase);

    public ProposePhaseForm Form { get; init; } = new();
}
