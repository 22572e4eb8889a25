using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using TraffickingCare.Web.Features.Shared.Access;
using TraffickingCare.Web.Features.Shared.Home;
using TraffickingCare.Web.Identity;

namespace TraffickingCare.Web.Features.Decisions;

/// <summary>The coordinator's queue: findings and opinions submitted for approval.</summary>
public sealed class AwaitingApprovalPanel(CaseAccess cases) : IHomePanel
{
    public int Order => 30;

    public async Task<HomePanelView?> BuildAsync(ClaimsPrincipal user, CancellationToken ct)
    {
        var waiting = user.IsInRole(Roles.Coordinator) ? await cases.AwaitingApproval(cases.Visible(user)).CountAsync(ct) : 0;
        return waiting == 0 ? null : HomePanelView.Beside(this, "_AwaitingApproval", new HomeCount(waiting), Roles.Coordinator);
    }
}
