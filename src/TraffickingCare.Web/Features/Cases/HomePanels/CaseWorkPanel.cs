using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using TraffickingCare.Web.Features.Shared.Access;
using TraffickingCare.Web.Features.Shared.Home;
using TraffickingCare.Web.Identity;

namespace TraffickingCare.Web.Features.Cases.HomePanels;

/// <summary>Visible cases per status (one GROUP BY): the coordinator's caseload, a caseworker's own, management's reading.</summary>
public sealed class CaseWorkPanel(CaseAccess cases) : IHomePanel
{
    public int Order => 10;

    public async Task<HomePanelView?> BuildAsync(ClaimsPrincipal user, CancellationToken ct)
    {
        if (!user.Meets(Policies.CaseReaders))
        {
            return null;
        }

        var groups = await cases.Visible(user).AsNoTracking()
            .GroupBy(c => c.Status)
            .Select(g => new { Status = g.Key, Count = g.Count() })
            .ToListAsync(ct);

        // At most one row per status: ordered in memory by the lifecycle's order.
        return groups.Count == 0
            ? null
            : HomePanelView.Beside(this, "_CaseWork", new CaseWork(groups.OrderBy(g => g.Status).Select(g => new CasesByStatus(g.Status, g.Count)).ToList()),
                Roles.Caseworker, Roles.Coordinator, Roles.Management);
    }
}
