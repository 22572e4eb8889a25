using Microsoft.EntityFrameworkCore;
using TraffickingCare.Web.Data;
using TraffickingCare.Web.Features.Shared.Work;

namespace TraffickingCare.Web.Features.Work;

/// <summary>The assignee's open tasks due up to the horizon (overdue ones included), with a button to mark each done.</summary>
public sealed class WorkTaskSource(AppDbContext db, TaskAccess tasks) : IWorkSource
{
    public const string Kind = "Work.Kind.Task";

    public async Task<IReadOnlyList<WorkItem>> ListAsync(WorkScope scope, CancellationToken ct)
    {
        var rows = await tasks.Visible(scope.Viewer).AsNoTracking()
            .Where(t => t.AssigneeId == scope.AssigneeId && t.DoneAtUtc == null && t.DueOn <= scope.Horizon)
            .OrderBy(t => t.DueOn)
            .Take(IWorkSource.MaxItems)
            .Select(t => new { t.Id, t.Version, t.Title, t.CaseId, t.DueOn, CaseCode = db.Cases.Where(c => c.Id == t.CaseId).Select(c => c.Code).FirstOrDefault() })
            .ToListAsync(ct);

        return rows.Select(t => new WorkItem(Kind, t.Title, t.CaseCode, t.DueOn, null,
                t.CaseId is { } caseId ? new WorkLink("Cases", "Details", "caseId", caseId) : null)
        {
            Done = new WorkDone("WorkTasks", "Done", "taskId", t.Id, t.Version),
        })
            .ToList();
    }
}
