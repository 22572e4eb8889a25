using System.Security.Claims;
using TraffickingCare.Web.Features.Shared.Lookups;
using TraffickingCare.Web.Features.Shared.Pages;
using TraffickingCare.Web.Features.Work.WorkTasks;
using TraffickingCare.Web.Identity;

namespace TraffickingCare.Web.Features.Work;

/// <summary>
/// The page of "Moj rad". Everyone sees their own work; the coordinator may choose a caseworker and see theirs
/// (any other id chosen shows the coordinator's own; a large centre's coordinator finds them by name first). One query
/// per source, plus the two pickers: constant. The list is shown <see cref="PageSize"/> items at a time, overdue first: a caseworker with hundreds of things due
/// reads the first screen, and the page renders a screenful, not every row each source found.
/// </summary>
public sealed class WorkPageQuery(WorkList work, CaseworkerOptionsQuery caseworkers, AssigneeOptionsQuery assignees)
{
    public const int PageSize = 50;

    /// <param name="memberFind">What the coordinator typed to find a caseworker (a large centre's picker searches).</param>
    /// <param name="assigneeFind">What was typed to find whom to give a task to (the task form's picker searches too).</param>
    /// <param name="assignee">The assignee a refused task form holds, offered again.</param>
    public async Task<WorkPageViewModel> GetAsync(
        ClaimsPrincipal user, string? member, string? memberFind, int page, CancellationToken ct, string? assigneeFind = null, string? assignee = null)
    {
        var pick = user.IsInRole(Roles.Coordinator) ? await caseworkers.PickAsync(memberFind, [member], ct) : null;
        var members = pick?.Offered ?? [];
        var chosen = members.Any(m => m.Code == member) ? member : null;
        var scope = work.ScopeFor(user, chosen);
        var all = await work.GatherAsync(scope, ct);
        var pages = Math.Max(1, (all.Count + PageSize - 1) / PageSize);
        page = Math.Clamp(page, 1, pages);
        var items = all.Skip((page - 1) * PageSize).Take(PageSize).ToList();
        return new WorkPageViewModel(items, new Pager(page, pages), all.Count, scope.Today, WorkList.Now(scope), scope.Horizon, chosen, members, await assignees.ForWorkAsync(user, assigneeFind, assignee, ct))
        {
            MemberPick = pick,
        };
    }
}
