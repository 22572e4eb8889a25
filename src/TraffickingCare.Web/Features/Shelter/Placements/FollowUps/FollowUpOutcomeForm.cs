using System.ComponentModel.DataAnnotations;
using TraffickingCare.Domain.Shelter;

namespace TraffickingCare.Web.Features.Shelter.Placements.FollowUps;

/// <summary>The outcome of one follow-up contact, against the follow-up's version the page showed.</summary>
public sealed class FollowUpOutcomeForm
{
    public int Version { get; set; }

    [Display(Name = "Shelter.FollowUp.Outcome")]
    public FollowUpOutcome? Outcome { get; set; }

    [Display(Name = "Shelter.FollowUp.DoneOn")]
    public string? DoneOn { get; set; }

    [Display(Name = "Shelter.FollowUp.Note")]
    public string? Note { get; set; }
}
