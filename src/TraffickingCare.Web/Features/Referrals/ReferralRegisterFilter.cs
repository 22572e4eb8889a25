namespace TraffickingCare.Web.Features.Referrals;

/// <summary>The register's filters, bound from the query string so a filtered page can be bookmarked.</summary>
public sealed class ReferralRegisterFilter
{
    public const int PageSize = 25;

    public string? Status { get; set; }

    public string? Sector { get; set; }

    public string? Municipality { get; set; }

    public bool UrgentOnly { get; set; }

    public bool OverdueOnly { get; set; }

    /// <summary>dd.MM.yyyy. — received on or after.</summary>
    public string? From { get; set; }

    /// <summary>dd.MM.yyyy. — received on or before.</summary>
    public string? To { get; set; }

    public string? Assignee { get; set; }

    /// <summary>"received" (newest first, default), "deadline" (soonest first).</summary>
    public string? Sort { get; set; }

    public int Page { get; set; } = 1;
}
