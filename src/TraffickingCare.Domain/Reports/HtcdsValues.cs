using TraffickingCare.Domain.Cases;

namespace TraffickingCare.Domain.Reports;

/// <summary>
/// The product's codes mapped back to HTCDS v2.0 value names for the partners' extract (IMPORT-FORMAT.md, "Export back
/// to HTCDS"). Where a code is the product's own, the nearest HTCDS value stands in: forced criminality is "Other",
/// pornography is sexual exploitation (HTCDS names it a type of sexual exploitation), a false job offer or an intimate
/// partner is "Other" recruitment; a service type HTCDS has no support-plan value for is left out.
/// </summary>
public static class HtcdsValues
{
    public const string Other = "Other";
    public const string Pornography = "Pornography";

    public const string PossibleVictim = "PossibleVictimOfTrafficking";
    public const string ActualVictim = "ActualVictimOfTrafficking";
    public const string NotAVictim = "NotAVictimOfTrafficking";

    /// <summary><c>vic_TraffickingStatus</c>'s values.</summary>
    public static readonly IReadOnlySet<string> TraffickingStatuses = Set(PossibleVictim, ActualVictim, NotAVictim);

    public const string Active = "Active";
    public const string FollowUp = "FollowUp";
    public const string Closed = "Closed";
    public const string ClosedReferred = "ClosedReferred";

    /// <summary>The closure reason (code list "ClosureReason") that HTCDS calls "closed, referred" (handed over).</summary>
    public const string ReferredClosureReason = "Transferred";

    /// <summary><c>cas_Status</c>'s values.</summary>
    public static readonly IReadOnlySet<string> CaseStatuses = Set(Active, FollowUp, Closed, ClosedReferred);

    /// <summary><c>vic_TypeOfSexExploitation</c>'s values.</summary>
    public static readonly IReadOnlySet<string> SexExploitationTypes = Set("Prostitution", Pornography, "RemoteInteractiveServices", "PrivateSexualServices");

    public static readonly IReadOnlySet<string> ExploitationTypes = Set(
        "ForcedLabour", "SexualExploitation", "ChildLabour", "ForcedMarriage", "Servitude", "ForcedMilitaryByNonStateActors",
        "OrganRemoval", "ForcedBegging", "ForcedAdoption", "Surrogacy", Other);

    public static readonly IReadOnlySet<string> RecruitmentMethods = Set(
        "AtAPlaceOfBusiness", "AtAnEducationalInstitution", "AtWork", "ThroughOnlineSocialNetworks", "ThroughAnOnlineAdvertisement",
        "ThroughATelevisionAdvert", "ThroughANewspaperAdvert", "ThroughFamilyOrFamilyEvents", "ThroughFriendsOrSocialEvents", Other);

    public static readonly IReadOnlySet<string> MethodsOfControl = Set(
        "PhysicalThreats", "ThreatsLawEnforcement", "ThreatensChildrenFamily", "DebtBondage", "FalsePromises", "PhysicalAbuse", "SexualAbuse",
        "TakesEarnings", "RestrictsFinancialAccess", "RestrictsMedicalCare", "WithholdsNecessities", "PsychologicalAbuse", "PsychoactiveSubstance",
        "ExcessiveWorkingHours", "WithholdsDocuments", Other);

    /// <summary>HTCDS's <c>spl_Type</c> values; the service log's <c>ServiceType</c> codes use these names where HTCDS has them.</summary>
    public static readonly IReadOnlySet<string> SupportPlanTypes = Set(
        "Education", "Financial", "Health", "LabourExploitationRehabilitation", "Legal", "Livelihood", "RightsBasedTraining",
        "SexualExploitationRehabilitation", "SocialCare");

    /// <summary>The forms of exploitation as HTCDS names them, each once, in the order given.</summary>
    public static IReadOnlyList<string> ExploitationTypesOf(IEnumerable<string> forms) =>
        Distinct(forms.Select(f => f == Pornography ? "SexualExploitation" : Named(f, ExploitationTypes)));

    /// <summary>The imported types of sexual exploitation, and pornography when it is among the forms.</summary>
    public static IReadOnlyList<string> SexExploitationTypesOf(IEnumerable<string> forms, IEnumerable<string> imported) =>
        Distinct(imported.Concat(forms.Where(f => f == Pornography)));

    public static IReadOnlyList<string> RecruitmentMethodsOf(IEnumerable<string> codes) => Distinct(codes.Select(c => Named(c, RecruitmentMethods)));

    public static IReadOnlyList<string> MethodsOfControlOf(IEnumerable<string> codes) => Distinct(codes.Select(c => Named(c, MethodsOfControl)));

    /// <summary>The service types HTCDS knows; the Centre's own (psychological, interpretation, escort…) are left out.</summary>
    public static IReadOnlyList<string> SupportTypesOf(IEnumerable<string> serviceTypes) =>
        [.. serviceTypes.Where(SupportPlanTypes.Contains).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];

    /// <summary><c>vic_TraffickingStatus</c> from the decision as it stands (a closed case: its status before closing).</summary>
    public static string TraffickingStatusOf(CaseStatus? decided) => decided switch
    {
        CaseStatus.IdentifiedVictim => ActualVictim,
        CaseStatus.NotIdentified or CaseStatus.Rejected => NotAVictim,
        _ => PossibleVictim,
    };

    /// <summary><c>cas_Status</c>: a case closed with a follow-up date is in follow-up; one handed over is "closed, referred".</summary>
    public static string CaseStatusOf(CaseStatus status, string? closureReason, bool followUp) => status switch
    {
        CaseStatus.Closed when followUp => FollowUp,
        CaseStatus.Closed when closureReason == ReferredClosureReason => ClosedReferred,
        CaseStatus.Closed => Closed,
        _ => Active,
    };

    /// <summary>Several values in one cell, as the import reads them.</summary>
    public static string Joined(IEnumerable<string> values) => string.Join(';', values);

    private static string Named(string code, IReadOnlySet<string> names) => names.Contains(code) ? code : Other;

    private static List<string> Distinct(IEnumerable<string> values) => [.. values.Distinct(StringComparer.Ordinal)];

    private static HashSet<string> Set(params string[] values) => new(values, StringComparer.Ordinal);
}
