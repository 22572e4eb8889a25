namespace TraffickingCare.Web.Features.Referrals.Triage;

/// <summary>What the coordinator decides about a referral (docs/domain.md: the four outcomes of a referral).</summary>
public enum TriageOutcome
{
    OpenCase,
    Duplicate,
    NotTrafficking,
    Reject,
}
