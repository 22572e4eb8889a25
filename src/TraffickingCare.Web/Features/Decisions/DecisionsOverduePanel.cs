using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using TraffickingCare.Web.Features.Shared.Access;
using TraffickingCare.Web.Features.Shared.Deadlines;
using TraffickingCare.Web.Features.Shared.Home;
using TraffickingCare.Web.Identity;
using TraffickingCare.Web.Infrastructure.Mvc;

namespace TraffickingCare.Web.Features.Decisions;

/// <summary>Cases of the user's past a decision-clock target without a final decision (the coordinator's: all).</summary>
public sealed class DecisionsOverduePanel(CaseAccess cases, DecisionClock decisions) : IHomePanel
{
    public int Order => 40;

    public async Task<HomePanelView?> BuildAsync(ClaimsPrincipal user, CancellationToken ct)
    {
        // A caseworker's own cases are read from the lead's and the team's indexes (WorkOf, as Moj rad reads them):
        // counted through Visible's "lead or team", SQLite walked every open case of the Centre on the status index
        // (0.46 s of a caseworker's home at a million imported cases). A coordinator counts every case.
        var theirs = user.IsInRole(Roles.Coordinator) ? cases.Visible(user) : cases.WorkOf(user, user.GetUserId());
        var overdue = user.Meets(Policies.CaseEditors) ? await decisions.Overdue(theirs).CountAsync(ct) : 0;
        return overdue == 0 ? null : HomePanelView.Beside(this, "_DecisionsOverdue", new HomeCount(overdue), Roles.Caseworker, Roles.Coordinator);
    }
}
