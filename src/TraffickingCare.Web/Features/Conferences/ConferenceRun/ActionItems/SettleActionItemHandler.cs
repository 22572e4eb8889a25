using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using TraffickingCare.Domain.Conferences;
using TraffickingCare.Web.Data;
using TraffickingCare.Web.Infrastructure.Mvc;
using TraffickingCare.Web.Infrastructure.Time;

namespace TraffickingCare.Web.Features.Conferences.ConferenceRun.ActionItems;

/// <summary>Marks an action item done, dropped or open again (the domain allows it after the minutes are locked too).</summary>
public sealed class SettleActionItemHandler(AppDbContext db, ConferenceAccess access, CentreClock clock)
{
    public async Task<ChangeResult> HandleAsync(Guid conferenceId, Guid itemId, ActionItemStatus? status, ClaimsPrincipal user, CancellationToken ct)
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

        return await ChangeResult.OfAsync(async () =>
        {
            conference.SettleActionItem(itemId, status.Value, clock.Today);
            await db.SaveChangesAsync(ct);
        });
    }
}
