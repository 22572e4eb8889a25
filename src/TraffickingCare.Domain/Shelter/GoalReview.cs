using TraffickingCare.Domain.Common;

namespace TraffickingCare.Domain.Shelter;

/// <summary>A dated review of a goal: who looked at it, when, the status it set and why. Reviews are added, never changed.</summary>
public sealed class GoalReview : Entity, IPartOf<PlanGoal>
{
    public const int CommentMaxLength = 2000;

    private GoalReview()
    {
        ReviewerId = string.Empty;
    }

    public Guid GoalId { get; private set; }

    public GoalStatus Status { get; private set; }

    /// <summary>Free text about the person: encrypted.</summary>
    public string? Comment { get; private set; }

    public string ReviewerId { get; private set; }

    public DateTime ReviewedAtUtc { get; private set; }

    Guid IPartOf<PlanGoal>.RootId => GoalId;

    internal static GoalReview Of(Guid goalId, GoalStatus status, string? comment, string reviewerId, DateTime utcNow) => new()
    {
        GoalId = goalId,
        Status = Enum.IsDefined(status) ? status : throw new DomainException("Shelter.Errors.GoalStatus"),
        Comment = Guard.OptionalText(comment, CommentMaxLength, "Shelter.Errors.ReviewComment"),
        ReviewerId = reviewerId,
        ReviewedAtUtc = utcNow,
    };
}
