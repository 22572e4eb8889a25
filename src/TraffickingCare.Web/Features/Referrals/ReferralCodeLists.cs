namespace TraffickingCare.Web.Features.Referrals;

/// <summary>The code lists the referral form offers, by their names in code-lists.json.</summary>
public static class ReferralCodeLists
{
    public const string Channel = "ReferralChannel";
    public const string ReferrerSector = "ReferrerSector";
    public const string Municipality = "Municipality";
    public const string Sex = "Sex";
    public const string Citizenship = "Citizenship";
    public const string Language = "Language";
}
