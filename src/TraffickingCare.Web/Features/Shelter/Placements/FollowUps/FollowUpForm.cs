using System.ComponentModel.DataAnnotations;

namespace TraffickingCare.Web.Features.Shelter.Placements.FollowUps;

/// <summary>Another follow-up contact after the exit: the day it is due and who makes it (the one who schedules by default).</summary>
public sealed class FollowUpForm
{
    [Display(Name = "Shelter.FollowUp.DueOn")]
    public string? FollowUpOn { get; set; }

    [Display(Name = "Shelter.FollowUp.Assignee")]
    public string? AssigneeId { get; set; }
}
