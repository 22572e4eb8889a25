using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using TraffickingCare.Domain.Work;
using TraffickingCare.Web.Data;
using TraffickingCare.Web.Features.Shared.Access;
using TraffickingCare.Web.Identity;
using TraffickingCare.Web.Infrastructure.Mvc;
using TraffickingCare.Web.Infrastructure.Time;

namespace TraffickingCare.Web.Features.Work.WorkTasks;

/// <summary>
/// The tasks of a case the user may see (the caller has checked that), open ones first by due date, then the latest done;
/// with the people a task may be given to when the user works on the case. Two queries, whatever the number of tasks.
/// </summary>
public sealed class CaseTasksQuery(AppDbContext db, CaseAccess cases, AssigneeOptionsQuery assignees, CentreClock clock)
{
    public const int Shown = 50;

    public async Task<CaseTasks> GetAsync(Guid caseId, string caseCode, bool canEdit, bool showsTitles, ClaimsPrincipal user, CancellationToken ct)
    {
        var rows = await Tasks.For(db)(db, caseId).ToListAsync(ct);
        var options = canEdit ? await assignees.ForCaseAsync(caseId, user, ct) : [];
        var (me, coordinator) = (user.GetUserId(), user.IsInRole(Roles.Coordinator));
        return new CaseTasks(caseId, caseCode, rows.Select(t => new CaseTaskRow(t.Id, t.Version, showsTitles ? t.Title : null, t.Assignee ?? string.Empty, t.DueOn, t.Done)
        {
            Deletable = WorkTask.MayBeDeletedBy(t.Author, me, coordinator),
        }).ToList(), canEdit, options)
        {
            Today = clock.Today,
        };
    }

    // Compiled: the case page shows its tasks on every view (docs/performance.md, the compiled panels).
    private static readonly CompiledPerModel<Func<AppDbContext, Guid, IAsyncEnumerable<TaskRead>>> Tasks = new(() =>
        EF.CompileAsyncQuery<AppDbContext, Guid, TaskRead>((db, caseId) =>
            db.WorkTasks.AsNoTracking()
                .Where(t => t.CaseId == caseId)
                .OrderBy(t => t.DoneAtUtc != null).ThenBy(t => t.DueOn).ThenBy(t => t.Id)
                .Take(Shown)
                .Select(t => new TaskRead(t.Id, t.Version, t.Title, db.Users.Where(u => u.Id == t.AssigneeId).Select(u => u.DisplayName).FirstOrDefault(), t.DueOn, t.DoneAtUtc != null, t.CreatedBy))));

    private sealed record TaskRead(Guid Id, int Version, string Title, string? Assignee, DateOnly DueOn, bool Done, string? Author);

    /// <summary>The case's own tasks page: only for a case the user works on (null otherwise: 404).</summary>
    public async Task<CaseTasks?> PageAsync(Guid caseId, ClaimsPrincipal user, CancellationToken ct)
    {
        var code = await cases.Editable(user).Where(c => c.Id == caseId).Select(c => c.Code).SingleOrDefaultAsync(ct);
        return code is null ? null : await GetAsync(caseId, code, canEdit: true, showsTitles: true, user, ct);
    }
}
