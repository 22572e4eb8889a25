namespace TraffickingCare.Web.Features.Cases;

public sealed class CaseListFilter
{
    public const int PageSize = 25;

    public string? Status { get; set; }

    /// <summary>Case code or its beginning, e.g. "CZZ-2024".</summary>
    public string? Code { get; set; }

    /// <summary>Closed cases whose follow-up contact is due (today or earlier), soonest first.</summary>
    public bool FollowUpDue { get; set; }

    /// <summary>Cases past a target of the decision clock without a final identification decision.</summary>
    public bool DecisionOverdue { get; set; }

    /// <summary>Cases whose findings and opinion waits for a coordinator's approval.</summary>
    public bool AwaitingApproval { get; set; }

    public int Page { get; set; } = 1;
}
