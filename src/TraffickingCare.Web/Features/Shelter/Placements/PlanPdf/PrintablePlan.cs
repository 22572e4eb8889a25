using TraffickingCare.Domain.Shelter;
using TraffickingCare.Web.Features.Shelter.Placements.Goals;

namespace TraffickingCare.Web.Features.Shelter.Placements.PlanPdf;

/// <summary>
/// What the plan's PDF prints: the case by its code (never a name), the unit by its name (never its address), the
/// stay's dates and phase, the goals with their reviews (by goal id, oldest first) and the phase history.
/// Progress notes are not part of it: they stay in the shelter file.
/// </summary>
public sealed record PrintablePlan(
    Guid PlacementId,
    string CaseCode,
    string UnitName,
    DateTime AdmittedAtUtc,
    ShelterPhase Phase,
    DateOnly? ExitedOn,
    IReadOnlyList<PlanGoalRow> Goals,
    IReadOnlyDictionary<Guid, IReadOnlyList<GoalReviewRow>> Reviews,
    IReadOnlyList<PhaseChangeRow> PhaseChanges,
    DateOnly PrintedOn);

/// <summary>The goals of one phase, numbered through the whole document so that a review names its goal.</summary>
public sealed record PhaseGoals(ShelterPhase Phase, IReadOnlyList<NumberedGoal> Goals);

public sealed record NumberedGoal(int Number, PlanGoalRow Goal, IReadOnlyList<GoalReviewRow> Reviews);
