using Microsoft.EntityFrameworkCore;
using TraffickingCare.Domain.Work;
using TraffickingCare.Web.Data;
using TraffickingCare.Web.Features.Shared.Access;
using TraffickingCare.Web.Features.Shared.Work;
using TraffickingCare.Web.Identity;

namespace TraffickingCare.Web.Features.Work;

/// <summary>The assignee's open tasks due up to the horizon (overdue ones included), with a button to mark each done.</summary>
public sealed class WorkTaskSource(AppDbContext db, TaskAccess tasks) : IWorkSource
{
    public const string Kind = "Work.Kind.Task";

    public async Task<IReadOnlyList<WorkItem>> ListAsync(WorkScope scope, CancellationToken ct)
    {
        var (viewer, me) = tasks.ReaderOf(scope.Viewer);
        var rows = await Due[viewer.Reach].For(db)(db, scope.AssigneeId, me, viewer.UserId, viewer.RestrictedSince, scope.Horizon).ToListAsync(ct);
        var coordinator = scope.Viewer.IsInRole(Roles.Coordinator);

        return rows.Select(t => new WorkItem(Kind, t.Title, t.CaseCode, t.DueOn, null,
                t.CaseId is { } caseId ? new WorkLink("Cases", "Details", "caseId", caseId) : null)
        {
            Done = new WorkDone("WorkTasks", "Done", "taskId", t.Id, t.Version) { Deletable = WorkTask.MayBeDeletedBy(t.Author, viewer.UserId, coordinator) },
        })
            .ToList();
    }

    /// <summary>Compiled from the tasks' rule, one query for each reach (<see cref="CompiledRule"/>): Moj rad asks it on every view.</summary>
    private static readonly IReadOnlyDictionary<CaseReach, CompiledPerModel<Func<AppDbContext, string, string, string, DateTime, DateOnly, IAsyncEnumerable<DueTask>>>> Due =
        CaseAccess.PerReach((db, reach) => CompiledRule.List<string, string, string, DateTime, DateOnly, DueTask>(
            db, (db, assignee, me, userId, restrictedSince, horizon) =>
                TaskAccess.Visible(db, new CaseViewer(reach, userId, restrictedSince), me).AsNoTracking()
                    .Where(t => t.AssigneeId == assignee && t.DoneAtUtc == null && t.DueOn <= horizon)
                    .OrderBy(t => t.DueOn)
                    .Take(IWorkSource.MaxItems)
                    .Select(t => new DueTask(t.Id, t.Version, t.Title, t.CaseId, t.DueOn, db.Cases.Where(c => c.Id == t.CaseId).Select(c => c.Code).FirstOrDefault(), t.CreatedBy))));

    private sealed record DueTask(Guid Id, int Version, string Title, Guid? CaseId, DateOnly DueOn, string? CaseCode, string? Author);
}
