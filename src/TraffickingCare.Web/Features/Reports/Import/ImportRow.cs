using TraffickingCare.Domain.Identification;

namespace TraffickingCare.Web.Features.Reports.Import;

/// <summary>One valid row of the file, typed. Several-valued cells are trimmed, without empties and repeats, in the file's order.</summary>
public sealed record ImportRow(
    int Row,
    string CaseId,
    string? FirstName,
    string? SecondName,
    DateOnly? Birthdate,
    string? Sex,
    IReadOnlyList<string> Citizenships,
    string? DecisionMakingOrg,
    int? AgeWhenTrafficked,
    IReadOnlyList<string> ExploitationTypes,
    IReadOnlyList<string> SexExploitationTypes,
    string? ForcedLabourIndustry,
    IReadOnlyList<string> RecruitmentMethods,
    IReadOnlyList<string> MethodsOfControl,
    DateOnly? ExploitationDate,
    string? ExploitationCountry,
    string? CaseStatus,
    string? ReferringOrganisation,
    DateOnly ReferralDate,
    IReadOnlyList<string> SupportTypes,
    bool? Consent,
    string? ReferrerSector,
    IdentificationDecision? Decision,
    DateOnly? DecisionDate,
    bool? IsTransnational,
    string Fingerprint);
