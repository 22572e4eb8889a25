using TraffickingCare.Domain.Referrals;

namespace TraffickingCare.Web.Features.Referrals;

/// <summary>The rapid-response targets, configurable per installation (Referrals:UrgentTriageTarget, Referrals:TriageTarget).</summary>
public sealed class ReferralOptions
{
    public const string Section = "Referrals";

    public TimeSpan UrgentTriageTarget { get; set; } = ResponseTargets.Default.Urgent;

    public TimeSpan TriageTarget { get; set; } = ResponseTargets.Default.Normal;

    public ResponseTargets Targets => new(UrgentTriageTarget, TriageTarget);
}
