namespace TraffickingCare.Domain.Reports;

/// <summary>
/// Caseworkers log a service with a code of the <c>ServiceType</c> list (HTCDS's support-plan names and the Centre's
/// own); the report and the historical import speak the Centre's <c>SupportType</c> list, as STATISTICS.md and
/// IMPORT-FORMAT.md say. This is the one map between them. <c>FieldVisit</c> has no service type: it is a field visit.
/// </summary>
public static class SupportTypes
{
    public const string FieldVisit = "FieldVisit";

    private static readonly (string Support, string Service)[] Pairs =
    [
        ("Advisory", "SocialCare"),
        ("Psychological", "Psychological"),
        ("Legal", "Legal"),
        ("Psychotherapy", "Psychotherapy"),
        ("Health", "Health"),
        ("Accommodation", "Accommodation"),
        ("Financial", "Financial"),
        ("Education", "Education"),
        ("Employment", "Livelihood"),
        ("Interpretation", "Interpretation"),
        ("ReturnRepatriation", "ReturnAndRepatriation"),
        ("Escort", "Escort"),
    ];

    /// <summary>Service type → support type; a service of type "Other" is in no row of the report.</summary>
    public static readonly IReadOnlyDictionary<string, string> OfServiceType = Pairs.ToDictionary(p => p.Service, p => p.Support, StringComparer.Ordinal);

    /// <summary>Support type → the service type an imported service is logged with (none for a field visit).</summary>
    public static readonly IReadOnlyDictionary<string, string> ServiceTypeOf = Pairs.ToDictionary(p => p.Support, p => p.Service, StringComparer.Ordinal);
}
