using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using TraffickingCare.Web.Features.Shared.Access;
using TraffickingCare.Web.Features.Shared.Home;
using TraffickingCare.Web.Identity;
using TraffickingCare.Web.Infrastructure.Mvc;
using TraffickingCare.Web.Infrastructure.Time;

namespace TraffickingCare.Web.Features.Cases.HomePanels;

/// <summary>Closed cases of the user's whose follow-up contact is due: the team's (or, for the coordinator, anyone's) work.</summary>
public sealed class FollowUpsPanel(CaseAccess cases, CentreClock clock) : IHomePanel
{
    public int Order => 20;

    public async Task<HomePanelView?> BuildAsync(ClaimsPrincipal user, CancellationToken ct)
    {
        // A caseworker's own cases are read from the lead's and the team's indexes (WorkOf, as the overdue decisions'
        // panel reads them): counted through Visible's "lead or team", SQLite walked every closed case of the Centre with
        // a follow-up due on the status index (1.2 s of a caseworker's home at the seeded million, 38 ms this way).
        var theirs = user.IsInRole(Roles.Coordinator) ? cases.Visible(user) : cases.WorkOf(user, user.GetUserId());
        var due = user.Meets(Policies.CaseEditors) ? await CaseAccess.FollowUpDue(theirs, clock.Today).CountAsync(ct) : 0;
        return due == 0 ? null : HomePanelView.Beside(this, "_FollowUps", new HomeCount(due), Roles.Caseworker, Roles.Coordinator);
    }
}
