namespace TraffickingCare.Domain.Referrals;

/// <summary>Everything known when a referral comes in; only the time, channel and referrer sector are required.</summary>
public sealed record ReferralReceipt(
    DateTime ReceivedAtUtc,
    string? ChannelCode,
    string? ReferrerSectorCode,
    string? ReferrerOrganisation,
    string? ReferrerContact,
    string? MunicipalityCode,
    ReferredPerson Person,
    string? Circumstances,
    UrgencyIndicators Urgency);
