using System.ComponentModel.DataAnnotations;

namespace TraffickingCare.Web.Features.Activity.LocalTeams.TeamWork;

/// <summary>A team meeting as the team page posts it.</summary>
public sealed class MeetingForm
{
    /// <summary>dd.MM.yyyy.</summary>
    [Display(Name = "Activity.TeamsPage.MeetingHeldOn")]
    public string? HeldOn { get; set; }

    [Display(Name = "Activity.TeamsPage.Participants")]
    public int? Participants { get; set; }

    [Display(Name = "Activity.TeamsPage.Conclusions")]
    public string? Conclusions { get; set; }
}
