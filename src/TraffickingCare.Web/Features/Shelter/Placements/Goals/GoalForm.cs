using System.ComponentModel.DataAnnotations;
using TraffickingCare.Domain.Shelter;

namespace TraffickingCare.Web.Features.Shelter.Placements.Goals;

/// <summary>A goal of the plan, new or edited (an edit keeps the goal's phase and carries its version).</summary>
public sealed class GoalForm
{
    public int Version { get; set; }

    [Display(Name = "Shelter.Goal.Phase")]
    public ShelterPhase? Phase { get; set; }

    [Display(Name = "Shelter.Goal.Area")]
    public GoalArea? Area { get; set; }

    [Display(Name = "Shelter.Goal.Description")]
    public string? Description { get; set; }

    [Display(Name = "Shelter.Goal.Activities")]
    public string? Activities { get; set; }

    [Display(Name = "Shelter.Goal.Responsible")]
    public string? ResponsibleId { get; set; }

    [Display(Name = "Shelter.Goal.TargetOn")]
    public string? TargetOn { get; set; }
}
