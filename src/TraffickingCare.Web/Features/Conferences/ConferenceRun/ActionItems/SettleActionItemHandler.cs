using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using TraffickingCare.Domain.Conferences;
using TraffickingCare.Web.Data;
using TraffickingCare.Web.Infrastructure.Mvc;
using TraffickingCare.Web.Infrastructure.Time;

namespace TraffickingCare.Web.Features.Conferences.ConferenceRun.ActionItems;

/// <summary>
/// Marks an action item done, dropped or open again (the domain allows it after the minutes are locked too), from the
/// item's version the page showed: two people settling one item from the same page, the second is told, not applied
/// over the first (whose day of settling would be lost). The item's own version, not the conference's: the draft
/// saved while the meeting runs must not make every item's form stale.
/// </summary>
public sealed class SettleActionItemHandler(AppDbContext db, ConferenceAccess access, CentreClock clock)
{
    public async Task<ChangeResult> HandleAsync(Guid conferenceId, Guid itemId, ActionItemStatus? status, int version, ClaimsPrincipal user, CancellationToken ct)
    {
        var conference = await access.Runnable(user).Include(c => c.ActionItems).SingleOrDefaultAsync(c => c.Id == conferenceId, ct);
        if (conference is null)
        {
            return ChangeResult.NotFound;
        }

        if (status is null)
        {
            return ChangeResult.Refused("Conferences.Errors.ActionStatus");
        }

        if (conference.ActionItems.SingleOrDefault(i => i.Id == itemId) is { } item)
        {
            db.Entry(item).Property(i => i.Version).OriginalValue = version;
        }

        return await ChangeResult.OfAsync(async () =>
        {
            conference.SettleActionItem(itemId, status.Value, clock.Today);
            await db.SaveChangesAsync(ct);
        });
    }
}
