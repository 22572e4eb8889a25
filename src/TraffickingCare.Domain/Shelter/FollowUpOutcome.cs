namespace TraffickingCare.Domain.Shelter;

/// <summary>What a follow-up contact after the shelter stay found; a code, so the annual report counts it.</summary>
public enum FollowUpOutcome
{
    ReachedDoingWell,
    ReachedNeedsSupport,
    NotReached,
    Declined,
}
