namespace TraffickingCare.Web.Features.Cases.CaseStatistics;

/// <summary>The read view of a case's profile and exploitation: labels in the user's language (retired values included).</summary>
public sealed record CaseStatisticsPanel(
    string? Sex,
    int? Age,
    bool? IsChild,
    string? Citizenship,
    IReadOnlyList<string> FurtherCitizenships,
    string? Education,
    string? MaritalStatus,
    string? Municipality,
    IReadOnlyList<string> Languages,
    IReadOnlyList<string> Vulnerabilities,
    bool? IsTransnational,
    IReadOnlyList<string> Types,
    IReadOnlyList<string> Countries,
    string? ExploitationMunicipality,
    DateOnly? From,
    DateOnly? To,
    string? RecruitmentMethod,
    string? Relationship,
    IReadOnlyList<string> MethodsOfControl);
