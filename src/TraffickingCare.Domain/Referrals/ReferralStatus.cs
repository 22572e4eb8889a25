namespace TraffickingCare.Domain.Referrals;

/// <summary>A referral waits for triage until it gets one of the four outcomes of docs/domain.md.</summary>
public enum ReferralStatus
{
    AwaitingTriage,
    OpenedAsCase,
    NotTraffickingMatter,
    Rejected,
    Duplicate,
}
