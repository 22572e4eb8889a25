namespace TraffickingCare.Domain.Partners;

/// <summary>
/// The sectors the Centre works with. A partner institution belongs to one; a person's support network is
/// read by sector, and the sectors with nobody in a network are shown as missing (<see cref="Sectors.OfNetwork"/>).
/// Stored by name; <see cref="Sectors.HtcdsOrgType"/> gives IOM's HTCDS <c>org_Type</c> where the standard has one.
/// </summary>
public enum Sector
{
    SocialProtection,
    Education,
    Justice,
    Health,
    Police,
    Employment,
    Ngo,
    LocalSelfGovernment,
    Family,
    InternationalOrganisation,
    Other,
}
