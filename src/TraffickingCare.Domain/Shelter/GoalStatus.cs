namespace TraffickingCare.Domain.Shelter;

/// <summary>Where a goal stands; set by a review (a new goal is planned).</summary>
public enum GoalStatus
{
    Planned,
    InProgress,
    Achieved,
    NotAchieved,
    Dropped,
}
