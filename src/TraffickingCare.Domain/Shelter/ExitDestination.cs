namespace TraffickingCare.Domain.Shelter;

/// <summary>Where a resident went on leaving the shelter (DOMAIN.md's list); counted for the annual report.</summary>
public enum ExitDestination
{
    IndependentLiving,
    Family,
    LowerSupportAccommodation,
    ReturnToCountryOfOrigin,
    LeftOfOwnWill,
    Transferred,
}
