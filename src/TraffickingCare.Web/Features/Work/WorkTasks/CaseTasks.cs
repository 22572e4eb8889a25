using TraffickingCare.Web.Features.Shared.Lookups;

namespace TraffickingCare.Web.Features.Work.WorkTasks;

/// <summary>A case's tasks and the form to set one: the case page's panel and the case's own tasks page.</summary>
public sealed record CaseTasks(Guid CaseId, string CaseCode, IReadOnlyList<CaseTaskRow> Tasks, bool CanEdit, IReadOnlyList<CodeListOption> Assignees)
{
    public DateOnly Today { get; init; }

    public WorkTaskForm Form { get; init; } = new();
}
