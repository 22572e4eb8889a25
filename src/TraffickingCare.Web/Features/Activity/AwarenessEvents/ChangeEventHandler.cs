using Microsoft.EntityFrameworkCore;
using TraffickingCare.Web.Data;
using TraffickingCare.Web.Infrastructure.Mvc;
using TraffickingCare.Web.Infrastructure.Time;

namespace TraffickingCare.Web.Features.Activity.AwarenessEvents;

/// <summary>Corrects an event with the version the user saw: a save from an older page is refused.</summary>
public sealed class ChangeEventHandler(AppDbContext db, CentreClock clock)
{
    public async Task<ChangeResult> HandleAsync(Guid eventId, AwarenessEventForm form, string userId, CancellationToken ct)
    {
        var awarenessEvent = await db.AwarenessEvents.Include(e => e.Partners).SingleOrDefaultAsync(e => e.Id == eventId, ct);
        if (awarenessEvent is null)
        {
            return ChangeResult.NotFound;
        }

        db.Entry(awarenessEvent).Property(e => e.Version).OriginalValue = form.Version;
        return await ChangeResult.OfAsync(async () =>
        {
            awarenessEvent.Change(AwarenessEventFormQuery.DetailsOf(form), clock.Today, userId, clock.UtcNow);
            await db.SaveChangesAsync(ct);
        });
    }
}
