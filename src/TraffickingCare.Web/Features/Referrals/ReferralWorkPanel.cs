using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using TraffickingCare.Domain.Referrals;
using TraffickingCare.Web.Features.Shared.Access;
using TraffickingCare.Web.Features.Shared.Home;
using TraffickingCare.Web.Identity;
using TraffickingCare.Web.Infrastructure.Time;

namespace TraffickingCare.Web.Features.Referrals;

/// <summary>The referrals waiting for triage that the user sees, counted in one grouped query: the coordinator's across the service, a caseworker's own.</summary>
public sealed class ReferralWorkPanel(ReferralAccess access, CentreClock clock) : IHomePanel
{
    public int Order => 50;

    public async Task<HomePanelView?> BuildAsync(ClaimsPrincipal user, CancellationToken ct)
    {
        if (!user.Meets(Policies.CaseEditors))
        {
            return null;
        }

        var now = clock.UtcNow;
        var counts = await access.Visible(user).AsNoTracking()
            .Where(r => r.Status == ReferralStatus.AwaitingTriage)
            .GroupBy(_ => 1)
            .Select(g => new ReferralWork(g.Count(), g.Count(r => r.TriageDeadlineUtc < now), g.Count(r => r.AssigneeId == null)))
            .SingleOrDefaultAsync(ct);

        return counts is null ? null : HomePanelView.Beside(this, "_ReferralWork", counts, Roles.Caseworker, Roles.Coordinator);
    }
}
