using TraffickingCare.Domain.Reports;

namespace TraffickingCare.Web.Features.Reports.Extract;

/// <summary>
/// One case of the year as the extract may show it: its quasi-identifiers (before generalisation) and the other HTCDS
/// columns, already codes of HTCDS. Nothing here names the person, the case or a date finer than a year.
/// </summary>
public sealed record ExtractCase(
    ExtractQuasiIdentifiers Identifiers,
    string TraffickingStatus,
    string? DecisionMakingOrg,
    IReadOnlyList<string> ExploitationTypes,
    IReadOnlyList<string> SexExploitationTypes,
    string? ForcedLabourIndustry,
    IReadOnlyList<string> RecruitmentMethods,
    IReadOnlyList<string> MethodsOfControl,
    int? ExploitationYear,
    IReadOnlyList<string> ExploitationCountries,
    string CaseStatus,
    IReadOnlyList<string> SupportTypes,
    bool? Consent);
