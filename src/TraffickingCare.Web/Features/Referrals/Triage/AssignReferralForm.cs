using System.ComponentModel.DataAnnotations;

namespace TraffickingCare.Web.Features.Referrals.Triage;

public sealed class AssignReferralForm
{
    public int Version { get; set; }

    [Display(Name = "Referrals.Triage.Assignee")]
    public string? AssigneeId { get; set; }
}
