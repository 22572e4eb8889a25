namespace TraffickingCare.Domain.Shelter;

/// <summary>What a goal of the individual plan is about.</summary>
public enum GoalArea
{
    Health,
    Documents,
    Psychological,
    Education,
    Employment,
    Housing,
    Legal,
    Family,
    Other,
}
