using System.Security.Claims;
using TraffickingCare.Web.Features.Shared.Home;

namespace TraffickingCare.Web.Features.Work;

/// <summary>The counts of "Moj rad" on the home page, from one pass over the sources (a query each): shown when something is due.</summary>
public sealed class WorkHomePanel(WorkList work) : IHomePanel
{
    public int Order => 5;

    public async Task<HomePanelView?> BuildAsync(ClaimsPrincipal user, CancellationToken ct)
    {
        if (!WorkRoles.HasWork(user))
        {
            return null;
        }

        var scope = work.ScopeFor(user);
        var items = await work.GatherAsync(scope, ct);
        var overdue = items.Count(i => i.IsOverdueAt(scope.Today, WorkList.Now(scope)));
        return items.Count == 0 ? null : HomePanelView.Beside(this, "_WorkCounts", new WorkCounts(items.Count - overdue, overdue), WorkRoles.All);
    }
}
