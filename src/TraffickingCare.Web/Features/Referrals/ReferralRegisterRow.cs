namespace TraffickingCare.Web.Features.Referrals;

public sealed record ReferralRegisterRow(
    Guid Id,
    DateTime ReceivedAtUtc,
    DateTime TriageDeadlineUtc,
    string Status,
    string Sector,
    string? Municipality,
    bool IsUrgent,
    bool IsOverdue);
