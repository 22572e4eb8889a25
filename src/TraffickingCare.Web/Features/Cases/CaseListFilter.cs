using System.ComponentModel.DataAnnotations;

namespace TraffickingCare.Web.Features.Cases;

/// <summary>The list's filter, bound from the query string (names without a prefix: other pages link to them).</summary>
public sealed class CaseListFilter
{
    public const int PageSize = 25;

    [Display(Name = "Cases.List.Status")]
    public string? Status { get; set; }

    /// <summary>Case code or its beginning, e.g. "CZZ-2024".</summary>
    [Display(Name = "Cases.List.Code")]
    public string? Code { get; set; }

    /// <summary>Closed cases whose follow-up contact is due (today or earlier), soonest first.</summary>
    [Display(Name = "Cases.List.FollowUpDue")]
    public bool FollowUpDue { get; set; }

    /// <summary>Cases past a target of the decision clock without a final identification decision.</summary>
    [Display(Name = "Cases.List.DecisionOverdue")]
    public bool DecisionOverdue { get; set; }

    /// <summary>Cases whose findings and opinion waits for a coordinator's approval.</summary>
    [Display(Name = "Cases.List.AwaitingApproval")]
    public bool AwaitingApproval { get; set; }

    public int Page { get; set; } = 1;
}
