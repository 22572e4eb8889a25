namespace TraffickingCare.Domain.Activity;

/// <summary>
/// Which trained sector (a <c>TrainingSector</c> code) a referral's sender belongs to (a <c>ReferrerSector</c> code),
/// so that referrals can be read beside the training a sector received. Senders the Centre does not train (the person
/// themself, family, citizens) and codes added later belong to none: <see cref="None"/>.
/// </summary>
public static class TrainedSectors
{
    public const string None = "None";

    /// <summary>The trained sectors in the order the sector table shows them.</summary>
    public static readonly IReadOnlyList<string> All =
        ["Judiciary", "Police", "SocialProtection", "Health", "Education", "NGO", "LabourInspection", "Other"];

    public static readonly IReadOnlyDictionary<string, string> OfReferrer = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["Prosecution"] = "Judiciary",
        ["Court"] = "Judiciary",
        ["Police"] = "Police",
        ["SocialWorkCentre"] = "SocialProtection",
        ["Health"] = "Health",
        ["Education"] = "Education",
        ["NGO"] = "NGO",
        ["LabourInspection"] = "LabourInspection",
        ["EmploymentService"] = "Other",
        ["OtherStateBody"] = "Other",
        ["InternationalOrganisation"] = "Other",
        ["ForeignAuthority"] = "Other",
    };

    public static string Of(string? referrerSectorCode) =>
        referrerSectorCode is not null && OfReferrer.TryGetValue(referrerSectorCode, out var sector) ? sector : None;

    /// <summary>The referrer sectors that belong to a trained sector (none for <see cref="None"/>).</summary>
    public static IReadOnlyList<string> ReferrersOf(string trainedSector) =>
        OfReferrer.Where(x => x.Value == trainedSector).Select(x => x.Key).ToList();
}
