namespace TraffickingCare.Web.Features.Referrals;

public sealed record ReferralDetailsViewModel(
    Guid Id,
    DateTime ReceivedAtLocal,
    DateTime TriageDeadlineLocal,
    bool IsOverdue,
    bool IsUrgent,
    string Status,
    string Channel,
    string ReferrerSector,
    string? ReferrerOrganisation,
    string? Municipality,
    string? PersonNameOrAlias,
    string? Sex,
    int? Age,
    string? Citizenship,
    string? Circumstances,
    IReadOnlyList<string> UrgencyIndicators);
