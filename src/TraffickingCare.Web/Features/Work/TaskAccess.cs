using System.Security.Claims;
using TraffickingCare.Domain.Work;
using TraffickingCare.Web.Data;
using TraffickingCare.Web.Features.Shared.Access;
using TraffickingCare.Web.Identity;
using TraffickingCare.Web.Infrastructure.Mvc;

namespace TraffickingCare.Web.Features.Work;

/// <summary>
/// Which tasks a user reaches. A task about a case follows the one case access rule: out of reach while its case is.
/// Beyond that a task is its assignee's and its author's; the coordinator, who hands out work, reaches all of them,
/// and whoever works on a case (its team) settles the case's tasks.
/// </summary>
public sealed class TaskAccess(AppDbContext db, CaseAccess cases)
{
    /// <summary>The tasks a user may list and read.</summary>
    public IQueryable<WorkTask> Visible(ClaimsPrincipal user)
    {
        var (viewer, me) = ReaderOf(user);
        return Visible(db, viewer, me);
    }

    /// <summary>What the task rule asks of a user: what the case rule asks, and who they are unless they reach every task.</summary>
    public (CaseViewer Viewer, string Me) ReaderOf(ClaimsPrincipal user)
    {
        var viewer = cases.ViewerOf(user);
        return (viewer, AllTasks(viewer) ? string.Empty : user.GetUserId());
    }

    /// <summary>Whether the viewer reaches every task: the coordinator, who hands out work (the case rule's whole reach).</summary>
    private static bool AllTasks(CaseViewer viewer) => viewer.Reach == CaseReach.Every;

    /// <summary>
    /// <see cref="Visible(ClaimsPrincipal)"/> on a given context, for what the case rule asks of the viewer and who they
    /// are (<paramref name="me"/>): what a compiled list of tasks is built from, one for each reach (<see cref="CaseAccess.PerReach"/>).
    /// </summary>
    internal static IQueryable<WorkTask> Visible(AppDbContext db, CaseViewer viewer, string me)
    {
        // A correlated EXISTS (the task's case looked up by key), not an IN list: for the coordinator the list would
        // be every case id of the Centre, read on every request.
        var visibleCases = CaseAccess.Visible(db, viewer.Reach, viewer.UserId, viewer.RestrictedSince);
        // A task of an anonymised case is not listed: the case is not changed any more, so it could never be done.
        var tasks = db.WorkTasks.Where(t => t.CaseId == null || visibleCases.Any(c => c.Id == t.CaseId && c.AnonymisedAtUtc == null));
        return AllTasks(viewer) ? tasks : tasks.Where(t => t.AssigneeId == me || t.CreatedBy == me);
    }

    /// <summary>
    /// The tasks a user may mark done, reopen or delete: their own, and every task of a case they work on; never a task
    /// of an anonymised case, which is read and not changed (<see cref="CaseAccess.Editable"/>).
    /// </summary>
    public IQueryable<WorkTask> Changeable(ClaimsPrincipal user)
    {
        var editableCases = cases.Editable(user);
        var visibleCases = cases.Visible(user);
        var all = user.IsInRole(Roles.Coordinator);
        var me = user.GetUserId();
        return db.WorkTasks.Where(t =>
            (t.CaseId == null && (all || t.AssigneeId == me || t.CreatedBy == me))
            || (t.CaseId != null && (editableCases.Any(c => c.Id == t.CaseId)
                || ((t.AssigneeId == me || t.CreatedBy == me) && visibleCases.Any(c => c.Id == t.CaseId && c.AnonymisedAtUtc == null)))));
    }
}
