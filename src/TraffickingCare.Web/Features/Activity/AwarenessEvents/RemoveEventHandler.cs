using Microsoft.EntityFrameworkCore;
using TraffickingCare.Web.Data;
using TraffickingCare.Web.Infrastructure.Mvc;
using TraffickingCare.Web.Infrastructure.Time;

namespace TraffickingCare.Web.Features.Activity.AwarenessEvents;

/// <summary>Removes an event recorded by mistake: marked removed, never erased; it no longer counts.</summary>
public sealed class RemoveEventHandler(AppDbContext db, CentreClock clock)
{
    public async Task<ChangeResult> HandleAsync(Guid eventId, int version, string userId, CancellationToken ct)
    {
        var awarenessEvent = await db.AwarenessEvents.SingleOrDefaultAsync(e => e.Id == eventId, ct);
        if (awarenessEvent is null)
        {
            return ChangeResult.NotFound;
        }

        db.Entry(awarenessEvent).Property(e => e.Version).OriginalValue = version;
        return await ChangeResult.OfAsync(async () =>
        {
            awarenessEvent.SoftDelete(userId, clock.UtcNow);
            await db.SaveChangesAsync(ct);
        });
    }
}
