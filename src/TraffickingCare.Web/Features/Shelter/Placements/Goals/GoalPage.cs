using TraffickingCare.Domain.Shelter;
using TraffickingCare.Web.Features.Shared.Lookups;

namespace TraffickingCare.Web.Features.Shelter.Placements.Goals;

/// <summary>One goal of a plan: what it is, its reviews oldest first, and the forms to edit and review it.</summary>
public sealed record GoalPage(
    Guid PlacementId,
    string CaseCode,
    bool IsActive,
    PlanGoalRow Goal,
    int Version,
    IReadOnlyList<GoalReviewRow> Reviews,
    IReadOnlyList<CodeListOption> Staff)
{
    public GoalForm EditForm { get; init; } = new();

    public GoalReviewForm ReviewForm { get; init; } = new();
}

public sealed record GoalReviewRow(GoalStatus Status, string? Comment, string ReviewerName, DateTime ReviewedAtUtc);
