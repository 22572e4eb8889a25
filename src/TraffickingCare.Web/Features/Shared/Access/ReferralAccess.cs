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
        var (reach, userId) = ReaderOf(user);
        return Visible(db, reach, userId);
    }

    /// <summary>Whether the user may open the referral: asks the database only for a reader who sees some referrals.</summary>
    public async Task<bool> MayReadAsync(ClaimsPrincipal user, Guid referralId, CancellationToken ct)
    {
        var (reach, userId) = ReaderOf(user);
        return reach switch
        {
            ReferralReach.Every => true,
            ReferralReach.None => false,
            _ => await Visible(db, reach, userId).AnyAsync(r => r.Id == referralId, ct),
        };
    }

    /// <summary>What the rule asks of a user: the referrals their roles reach, and who they are where that matters.</summary>
    public static (ReferralReach Reach, string UserId) ReaderOf(ClaimsPrincipal user) =>
        Triages(user) ? (ReferralReach.Every, string.Empty)
        : user.IsInRole(Roles.Caseworker) ? (ReferralReach.LoggedOrAssigned, user.GetUserId())
        : (ReferralReach.None, string.Empty);

    /// <summary>
    /// The rule itself, on a given context, for a reach and a user: a query asked on every view (Moj rad's referrals) is
    /// compiled from it (<see cref="Data.CompiledRule"/>), one for each reach.
    /// </summary>
    internal static IQueryable<Referral> Visible(AppDbContext db, ReferralReach reach, string userId) => reach switch
    {
        ReferralReach.Every => db.Referrals,

        // One predicate on two indexed columns: the register still pages in the database.
        ReferralReach.LoggedOrAssigned => db.Referrals.Where(r => r.LoggedBy == userId || r.AssigneeId == userId),
        _ => db.Referrals.Where(_ => false),
    };

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

/// <summary>Which referrals a user's roles reach.</summary>
public enum ReferralReach
{
    None,

    /// <summary>The coordinator: every referral.</summary>
    Every,

    /// <summary>A caseworker: the referrals they logged or were assigned.</summary>
    LoggedOrAssigned,
}
