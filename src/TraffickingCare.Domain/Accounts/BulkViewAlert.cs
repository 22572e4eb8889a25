using TraffickingCare.Domain.Common;

namespace TraffickingCare.Domain.Accounts;

/// <summary>
/// A user opened more distinct case files in a short time than casework needs: what someone copying files out
/// would do. The alert names the user and the figures only; the cases opened are in the audit trail. Management
/// reviews it (never the user it is about) and marks it reviewed.
/// </summary>
public sealed class BulkViewAlert : Entity
{
    private BulkViewAlert()
    {
        UserId = string.Empty;
    }

    public string UserId { get; private set; }

    public DateTime DetectedAtUtc { get; private set; }

    /// <summary>Distinct case files the user opened within the window when the alert was raised.</summary>
    public int DistinctCases { get; private set; }

    public int WindowMinutes { get; private set; }

    public string? ReviewedBy { get; private set; }

    public DateTime? ReviewedAtUtc { get; private set; }

    public bool IsReviewed => ReviewedBy is not null;

    public static BulkViewAlert Raise(string userId, DateTime detectedAtUtc, int distinctCases, int windowMinutes) => new()
    {
        UserId = userId,
        DetectedAtUtc = detectedAtUtc,
        DistinctCases = distinctCases,
        WindowMinutes = windowMinutes,
    };

    public void Review(string reviewerId, DateTime nowUtc)
    {
        if (reviewerId == UserId)
        {
            throw new DomainException("AccessAlerts.Errors.OwnAlert");
        }

        if (IsReviewed)
        {
            throw new DomainException("AccessAlerts.Errors.AlreadyReviewed");
        }

        ReviewedBy = reviewerId;
        ReviewedAtUtc = nowUtc;
    }
}
