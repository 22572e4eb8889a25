using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using TraffickingCare.Web.Features.Shared.Access;
using TraffickingCare.Web.Features.Shared.Home;
using TraffickingCare.Web.Identity;
using TraffickingCare.Web.Infrastructure.Time;

namespace TraffickingCare.Web.Features.Cases.HomePanels;

/// <summary>Closed cases of the user's whose follow-up contact is due: the team's (or, for the coordinator, anyone's) work.</summary>
public sealed class FollowUpsPanel(CaseAccess cases, CentreClock clock) : IHomePanel
{
    public int Order => 20;

    public async Task<HomePanelView?> BuildAsync(ClaimsPrincipal user, CancellationToken ct)
    {
        var due = user.Meets(Policies.CaseEditors) ? await CaseAccess.FollowUpDue(cases.CountedFor(user), clock.Today).CountAsync(ct) : 0;
        return due == 0 ? null : HomePanelView.Beside(this, "_FollowUps", new HomeCount(due), Roles.Caseworker, Roles.Coordinator);
    }
}
