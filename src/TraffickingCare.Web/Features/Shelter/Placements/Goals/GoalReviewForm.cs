using System.ComponentModel.DataAnnotations;
using TraffickingCare.Domain.Shelter;

namespace TraffickingCare.Web.Features.Shelter.Placements.Goals;

/// <summary>A review of a goal: the status it sets and a comment, against the goal's version the page showed.</summary>
public sealed class GoalReviewForm
{
    public int Version { get; set; }

    [Display(Name = "Shelter.Goal.Status")]
    public GoalStatus? Status { get; set; }

    [Display(Name = "Shelter.Goal.ReviewComment")]
    public string? Comment { get; set; }
}
