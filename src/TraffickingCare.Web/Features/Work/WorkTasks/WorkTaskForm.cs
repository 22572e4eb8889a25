using System.ComponentModel.DataAnnotations;

namespace TraffickingCare.Web.Features.Work.WorkTasks;

/// <summary>A new task. <see cref="CaseCode"/> is typed on "Moj rad"; a task set from a case takes the case from the address.</summary>
public sealed class WorkTaskForm
{
    [Display(Name = "Work.Task.Title")]
    public string? Title { get; set; }

    [Display(Name = "Work.Task.Case")]
    public string? CaseCode { get; set; }

    [Display(Name = "Work.Task.Assignee")]
    public string? AssigneeId { get; set; }

    [Display(Name = "Work.Task.DueOn")]
    public string? DueOn { get; set; }
}
