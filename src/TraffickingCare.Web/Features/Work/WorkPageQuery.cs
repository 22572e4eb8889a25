using System.Security.Claims;
using TraffickingCare.Web.Features.Shared.Lookups;
using TraffickingCare.Web.Features.Work.WorkTasks;
using TraffickingCare.Web.Identity;

namespace TraffickingCare.Web.Features.Work;

/// <summary>
/// The page of "Moj rad". Everyone sees their own work; the coordinator may choose a caseworker and see theirs
/// (any other id chosen shows the coordinator's own). One query per source, plus the two selects: constant.
/// </summary>
public sealed class WorkPageQuery(WorkList work, CaseworkerOptionsQuery caseworkers, AssigneeOptionsQuery assignees)
{
    public async Task<WorkPageViewModel> GetAsync(ClaimsPrincipal user, string? member, CancellationToken ct)
    {
        IReadOnlyList<CodeListOption> members = user.IsInRole(Roles.Coordinator) ? await caseworkers.GetAsync(ct) : [];
        var chosen = members.Any(m => m.Code == member) ? member : null;
        var scope = work.ScopeFor(user, chosen);
        var items = await work.GatherAsync(scope, ct);
        return new WorkPageViewModel(items, scope.Today, WorkList.Now(scope), scope.Horizon, chosen, members, await assignees.ForWorkAsync(user, ct));
    }
}
