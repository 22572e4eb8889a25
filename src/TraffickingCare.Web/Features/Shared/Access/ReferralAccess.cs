using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using TraffickingCare.Domain.Referrals;
using TraffickingCare.Web.Data;
using TraffickingCare.Web.Identity;
using TraffickingCare.Web.Infrastructure.Mvc;

namespace TraffickingCare.Web.Features.Shared.Access;

/// <summary>
/// The one place that decides which referrals a user may see: the coordinator all of them, a caseworker
/// those they logged or were assigned, nobody else any. Every referral query starts here, so a referral
/// outside the user's reach is simply not found, whatever id is typed into the address.
/// </summary>
public sealed class ReferralAccess(AppDbContext db)
{
    public IQueryable<Referral> Visible(ClaimsPrincipal user)
    {
        if (Triages(user))
        {
            return db.Referrals;
        }

        if (user.IsInRole(Roles.Caseworker))
        {
            // One predicate on two indexed columns: the register still pages in the database.
            var userId = user.GetUserId();
            return db.Referrals.Where(r => r.LoggedBy == userId || r.AssigneeId == userId);
        }

        return db.Referrals.Where(_ => false);
    }

    /// <summary>Who assigns and triages referrals: the coordinator.</summary>
    public static bool Triages(ClaimsPrincipal user) => user.IsInRole(Roles.Coordinator);

    /// <summary>
    /// A visible referral, tracked for a change the user decided on what they saw: if someone changed it
    /// since (<paramref name="seenVersion"/> is stale), the save fails as a concurrency conflict.
    /// </summary>
    public async Task<Referral?> ForChangeAsync(Guid referralId, int seenVersion, ClaimsPrincipal user, CancellationToken ct)
    {
        var referral = await Visible(user).SingleOrDefaultAsync(r => r.Id == referralId, ct);
        if (referral is not null)
        {
            db.Entry(referral).Property(r => r.Version).OriginalValue = seenVersion;
        }

        return referral;
    }
}
