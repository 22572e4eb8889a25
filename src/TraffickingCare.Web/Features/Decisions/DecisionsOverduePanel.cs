using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using TraffickingCare.Web.Features.Shared.Access;
using TraffickingCare.Web.Features.Shared.Deadlines;
using TraffickingCare.Web.Features.Shared.Home;
using TraffickingCare.Web.Identity;

namespace TraffickingCare.Web.Features.Decisions;

/// <summary>Cases of the user's past a decision-clock target without a final decision (the coordinator's: all).</summary>
public sealed class DecisionsOverduePanel(CaseAccess cases, DecisionClock decisions) : IHomePanel
{
    public int Order => 40;

    public async Task<HomePanelView?> BuildAsync(ClaimsPrincipal user, CancellationToken ct)
    {
        var overdue = user.Meets(Policies.CaseEditors) ? await decisions.Overdue(cases.CountedFor(user)).CountAsync(ct) : 0;
        return overdue == 0 ? null : HomePanelView.Beside(this, "_DecisionsOverdue", new HomeCount(overdue), Roles.Caseworker, Roles.Coordinator);
    }
}
