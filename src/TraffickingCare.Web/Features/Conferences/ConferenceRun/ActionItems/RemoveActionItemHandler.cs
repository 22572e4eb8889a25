using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using TraffickingCare.Web.Data;
using TraffickingCare.Web.Infrastructure.Mvc;
using TraffickingCare.Web.Infrastructure.Time;

namespace TraffickingCare.Web.Features.Conferences.ConferenceRun.ActionItems;

/// <summary>Takes an action item off a running conference: marked removed, never deleted.</summary>
public sealed class RemoveActionItemHandler(AppDbContext db, ConferenceAccess access, CentreClock clock)
{
    public async Task<ChangeResult> HandleAsync(Guid conferenceId, Guid itemId, ClaimsPrincipal user, CancellationToken ct)
    {
        var conference = await access.Runnable(user).Include(c => c.ActionItems).SingleOrDefaultAsync(c => c.Id == conferenceId, ct);
        if (conference is null)
        {
            return ChangeResult.NotFound;
        }

        return await ChangeResult.OfAsync(async () =>
        {
            conference.RemoveActionItem(itemId, user.GetUserId(), clock.UtcNow);
            await db.SaveChangesAsync(ct);
        });
    }
}
