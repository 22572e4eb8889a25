using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using TraffickingCare.Domain.Referrals;
using TraffickingCare.Web.Data;
using TraffickingCare.Web.Identity;
using TraffickingCare.Web.Infrastructure.Mvc;
using TraffickingCare.Web.Infrastructure.Time;

namespace TraffickingCare.Web.Features.Home;

/// <summary>The counts on the home page, in one grouped query: the coordinator's across the service, a caseworker's own.</summary>
public sealed class HomeWorkQuery(AppDbContext db, CentreClock clock)
{
    public async Task<ReferralCounts?> ReferralsAsync(ClaimsPrincipal user, CancellationToken ct)
    {
        var coordinator = user.IsInRole(Roles.Coordinator);
        if (!coordinator && !user.IsInRole(Roles.Caseworker))
        {
            return null;
        }

        var now = clock.UtcNow;
        var waiting = db.Referrals.AsNoTracking().Where(r => r.Status == ReferralStatus.AwaitingTriage);
        if (!coordinator)
        {
            var userId = user.GetUserId();
            waiting = waiting.Where(r => r.LoggedBy == userId || r.AssigneeId == userId);
        }

        var counts = await waiting
            .GroupBy(_ => 1)
            .Select(g => new
            {
                Awaiting = g.Count(),
                Overdue = g.Count(r => r.TriageDeadlineUtc < now),
                Unassigned = g.Count(r => r.AssigneeId == null),
            })
            .SingleOrDefaultAsync(ct);

        return counts is null ? new ReferralCounts(0, 0, 0) : new ReferralCounts(counts.Awaiting, counts.Overdue, counts.Unassigned);
    }
}
