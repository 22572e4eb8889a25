using TraffickingCare.Domain.Referrals;
using TraffickingCare.Web.Features.Shared.Pages;

namespace TraffickingCare.Web.Features.Referrals;

/// <summary>
/// The rapid-response targets, configurable per installation (Referrals:UrgentTriageTarget, Referrals:TriageTarget), and
/// how far the register counts (Referrals:CountLimit): beyond it the register says "more than", as the decision register
/// does (an exact total read every referral of the register: 93 ms of its 96 at the seeded million, 6.4 with the limit).
/// </summary>
public sealed class ReferralOptions : ICountLimitOptions
{
    public const string Section = "Referrals";

    public int CountLimit { get; set; } = 10_000;

    public TimeSpan UrgentTriageTarget { get; set; } = ResponseTargets.Default.Urgent;

    public TimeSpan TriageTarget { get; set; } = ResponseTargets.Default.Normal;

    public ResponseTargets Targets => new(UrgentTriageTarget, TriageTarget);
}
