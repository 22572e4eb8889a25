namespace TraffickingCare.Domain.Partners;

public static class Sectors
{
    /// <summary>The sectors a support network should reach; those with nobody in a network are marked missing.</summary>
    public static readonly IReadOnlyList<Sector> OfNetwork =
    [
        Sector.SocialProtection, Sector.Education, Sector.Justice, Sector.Health, Sector.Police,
        Sector.Employment, Sector.Ngo, Sector.LocalSelfGovernment, Sector.Family,
    ];

    /// <summary>
    /// HTCDS <c>org_Type</c> value names for the sectors the standard knows; null for the Centre's own
    /// (an export then writes the Centre's code).
    /// </summary>
    public static string? HtcdsOrgType(Sector sector) => sector switch
    {
        Sector.Police => "LawEnforcement",
        Sector.Health => "HealthServiceOrganisation",
        Sector.Education => "SchoolOrCollege",
        Sector.Ngo => "NGO",
        Sector.LocalSelfGovernment => "LocalGovernmentOrganisation",
        _ => null,
    };
}
