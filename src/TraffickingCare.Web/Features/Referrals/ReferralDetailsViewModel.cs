using TraffickingCare.Web.Features.Referrals.Triage;

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
    string? ReferrerContact,
    string? Municipality,
    string? PersonNameOrAlias,
    string? Sex,
    int? Age,
    DateOnly? DateOfBirth,
    string? Citizenship,
    string? Language,
    string? Circumstances,
    IReadOnlyList<string> UrgencyIndicators,
    int Version,
    string? AssigneeName,
    string? CaseCode,
    string? OutcomeNote,
    DateTime? TriagedAtLocal)
{
    /// <summary>Set for a coordinator while the referral waits: who it can go to, and the triage form (kept after a refusal).</summary>
    public ReferralTriagePanel? Triage { get; init; }
}
