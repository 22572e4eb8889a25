using System.ComponentModel.DataAnnotations;

namespace TraffickingCare.Web.Features.Activity.LocalTeams.TeamWork;

/// <summary>Support the Centre gave a team, as the team page posts it; the giver is the signed-in user.</summary>
public sealed class SupportForm
{
    /// <summary>dd.MM.yyyy.</summary>
    [Display(Name = "Activity.TeamsPage.GivenOn")]
    public string? GivenOn { get; set; }

    /// <summary>A <see cref="Domain.Activity.LocalTeamSupportKind"/> by name.</summary>
    [Display(Name = "Activity.TeamsPage.SupportKind")]
    public string? Kind { get; set; }

    [Display(Name = "Activity.TeamsPage.Note")]
    public string? Note { get; set; }
}
