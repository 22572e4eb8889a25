namespace TraffickingCare.Domain.Proceedings;

/// <summary>A hearing as the team records it; the time is the UTC instant of the local time typed.</summary>
public sealed record HearingDetails(
    DateTime StartsAtUtc,
    Guid CourtId,
    HearingKind Kind,
    string? EscortUserId,
    Guid? EscortPartnerId,
    bool PsychologicalSupport,
    bool StatementGiven,
    string? Outcome);
