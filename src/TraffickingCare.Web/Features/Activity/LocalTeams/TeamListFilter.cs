using System.ComponentModel.DataAnnotations;

namespace TraffickingCare.Web.Features.Activity.LocalTeams;

/// <summary>The list's filter, bound from the query string, so a filtered list can be bookmarked.</summary>
public sealed class TeamListFilter
{
    /// <summary>A <see cref="Domain.Activity.LocalTeamStatus"/> by name; empty for every team.</summary>
    [Display(Name = "Activity.TeamsPage.Status")]
    public string? Status { get; set; }
}
