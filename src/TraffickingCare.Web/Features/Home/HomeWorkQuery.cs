using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using TraffickingCare.Domain.Referrals;
using TraffickingCare.Web.Data;
using TraffickingCare.Web.Features.Shared.Access;
using TraffickingCare.Web.Features.Shared.Deadlines;
using TraffickingCare.Web.Identity;
using TraffickingCare.Web.Infrastructure.Mvc;
using TraffickingCare.Web.Infrastructure.Time;

namespace TraffickingCare.Web.Features.Home;

/// <summary>The counts on the home page, in one grouped query: the coordinator's across the service, a caseworker's own.</summary>
public sealed class HomeWorkQuery(AppDbContext db, CentreClock clock, CaseAccess cases, DecisionClock decisions)
{
    /// <summary>Visible cases per status (one GROUP BY): the coordinator's caseload, a caseworker's own.</summary>
    public async Task<IReadOnlyList<CasesByStatus>> CasesAsync(ClaimsPrincipal user, CancellationToken ct)
    {
        if (!user.Meets(Policies.CaseReaders))
        {
            return [];
        }

        var groups = await cases.Visible(user).AsNoTracking()
            .GroupBy(c => c.Status)
            .Select(g => new { Status = g.Key, Count = g.Count() })
            .ToListAsync(ct);

        // At most one row per status: ordered in memory by the lifecycle's order.
        return groups.OrderBy(g => g.Status).Select(g => new CasesByStatus(g.Status, g.Count)).ToList();
    }

    /// <summary>Closed cases of the user's whose follow-up contact is due: the team's (or, for the coordinator, anyone's) work.</summary>
    public async Task<int> FollowUpsDueAsync(ClaimsPrincipal user, CancellationToken ct) =>
        user.Meets(Policies.CaseEditors)
            ? await CaseAccess.FollowUpDue(cases.Visible(user), clock.Today).CountAsync(ct)
            : 0;

    /// <summary>Cases of the user's past a decision-clock target without a final decision (the coordinator's: all).</summary>
    public async Task<int> DecisionsOverdueAsync(ClaimsPrincipal user, CancellationToken ct) =>
        user.Meets(Policies.CaseEditors)
            ? await decisions.Overdue(cases.Visible(user)).CountAsync(ct)
            : 0;

    /// <summary>The coordinator's queue: findings submitted for approval.</summary>
    public async Task<int> AwaitingApprovalAsync(ClaimsPrincipal user, CancellationToken ct) =>
        user.IsInRole(Roles.Coordinator) ? await cases.AwaitingApproval(cases.Visible(user)).CountAsync(ct) : 0;

    public async Task<ReferralCounts?> ReferralsAsync(ClaimsPrincipal user, CancellationToken ct)
    {
        var coordinator = user.IsInRole(Roles.Coordinator);
        if (!user.Meets(Policies.CaseEditors))
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
