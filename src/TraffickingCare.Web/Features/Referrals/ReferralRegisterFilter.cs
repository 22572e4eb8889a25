using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace TraffickingCare.Web.Features.Referrals;

/// <summary>
/// The register's filters, bound from the query string so a filtered page can be bookmarked (names without a
/// prefix: the home page and the benchmark link to them). The filter partial's model.
/// </summary>
public sealed class ReferralRegisterFilter
{
    public const int PageSize = 25;

    /// <summary>The <see cref="Sort"/> that lists the soonest deadline first; anything else lists the newest first.</summary>
    public const string ByDeadline = "deadline";

    public const string ByReceived = "received";

    [Display(Name = "Referrals.Register.Status")]
    public string? Status { get; set; }

    [Display(Name = "Referrals.Log.ReferrerSector")]
    public string? Sector { get; set; }

    [Display(Name = "Referrals.Log.Municipality")]
    public string? Municipality { get; set; }

    [Display(Name = "Referrals.Register.UrgentOnly")]
    public bool UrgentOnly { get; set; }

    [Display(Name = "Referrals.Register.OverdueOnly")]
    public bool OverdueOnly { get; set; }

    /// <summary>dd.MM.yyyy. — received on or after.</summary>
    [Display(Name = "Referrals.Register.From")]
    public string? From { get; set; }

    /// <summary>dd.MM.yyyy. — received on or before.</summary>
    [Display(Name = "Referrals.Register.To")]
    public string? To { get; set; }

    [Display(Name = "Referrals.Triage.Assignee")]
    public string? Assignee { get; set; }

    /// <summary>What was typed to find the caseworker for <see cref="Assignee"/> (a large centre's picker searches).</summary>
    public string? AssigneeFind { get; set; }

    /// <summary><see cref="ByReceived"/> (newest first, default) or <see cref="ByDeadline"/> (soonest first).</summary>
    [Display(Name = "Referrals.Register.Sort")]
    public string? Sort { get; set; }

    public int Page { get; set; } = 1;

    /// <summary>What the filter form offers; filled by the query, never bound from the request.</summary>
    [BindNever]
    public ReferralFilterChoices Choices { get; set; } = ReferralFilterChoices.None;
}
