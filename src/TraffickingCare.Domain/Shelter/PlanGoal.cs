using TraffickingCare.Domain.Common;

namespace TraffickingCare.Domain.Shelter;

/// <summary>
/// A goal of a resident's individual plan in one phase: what, how, who answers for it and by when. Its status moves
/// only through dated <see cref="GoalReview"/>s, so the plan shows how it got there. A goal has its own version: two
/// people editing the same goal are told, while work on other goals or notes goes on.
/// </summary>
public sealed class PlanGoal : Entity
{
    public const int DescriptionMaxLength = 1000;
    public const int ActivitiesMaxLength = 2000;

    private readonly List<GoalReview> reviews = [];

    private PlanGoal()
    {
        Description = string.Empty;
        ResponsibleId = string.Empty;
    }

    public Guid PlacementId { get; private set; }

    public ShelterPhase Phase { get; private set; }

    public GoalArea Area { get; private set; }

    /// <summary>Free text about the person: encrypted.</summary>
    public string Description { get; private set; }

    /// <summary>Free text about the person: encrypted.</summary>
    public string? Activities { get; private set; }

    /// <summary>The staff member who answers for the goal (a user id).</summary>
    public string ResponsibleId { get; private set; }

    public DateOnly TargetOn { get; private set; }

    public GoalStatus Status { get; private set; }

    public IReadOnlyList<GoalReview> Reviews => reviews;

    internal static PlanGoal In(Guid placementId, ShelterPhase phase) =>
        new() { PlacementId = placementId, Phase = phase, Status = GoalStatus.Planned };

    internal PlanGoal Describe(GoalArea area, string description, string? activities, string responsibleId, DateOnly targetOn)
    {
        Area = Enum.IsDefined(area) ? area : throw new DomainException("Shelter.Errors.GoalArea");
        Description = Guard.Text(description, DescriptionMaxLength, "Shelter.Errors.GoalDescription");
        Activities = Guard.OptionalText(activities, ActivitiesMaxLength, "Shelter.Errors.GoalActivities");
        ResponsibleId = Guard.Text(responsibleId, UserIdMaxLength, "Shelter.Errors.GoalResponsible");
        TargetOn = targetOn;
        return this;
    }

    internal GoalReview Review(GoalStatus status, string? comment, string reviewerId, DateTime utcNow)
    {
        var review = GoalReview.Of(Id, status, comment, reviewerId, utcNow);
        reviews.Add(review);
        Status = status;
        return review;
    }
}
