using System.ComponentModel.DataAnnotations;

namespace TraffickingCare.Web.Features.Referrals.Triage;

public sealed class TriageReferralForm
{
    /// <summary>The referral's version when the page was shown: a triage on stale information is refused.</summary>
    public int Version { get; set; }

    [Display(Name = "Referrals.Triage.Outcome")]
    public TriageOutcome? Outcome { get; set; }

    [Display(Name = "Referrals.Triage.Lead")]
    public string? LeadCaseworkerId { get; set; }

    [Display(Name = "Referrals.Triage.ExistingCase")]
    public string? ExistingCaseCode { get; set; }

    [Display(Name = "Referrals.Triage.ForwardedTo")]
    public string? ForwardedTo { get; set; }

    [Display(Name = "Referrals.Triage.Reason")]
    public string? Reason { get; set; }
}
