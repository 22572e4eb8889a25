using TraffickingCare.Domain.Activity;
using TraffickingCare.Web.Data;
using TraffickingCare.Web.Infrastructure.Mvc;
using TraffickingCare.Web.Infrastructure.Time;

namespace TraffickingCare.Web.Features.Activity.AwarenessEvents;

/// <summary>Records an awareness event; the answer names it.</summary>
public sealed class RecordEventHandler(AppDbContext db, CentreClock clock)
{
    public Task<ChangeResult> HandleAsync(AwarenessEventForm form, string userId, CancellationToken ct) =>
        ChangeResult.OfAsync(async () =>
        {
            var recorded = AwarenessEvent.Record(AwarenessEventFormQuery.DetailsOf(form), clock.Today, userId, clock.UtcNow);
            db.AwarenessEvents.Add(recorded);
            await db.SaveChangesAsync(ct);
            return ChangeResult.Done with { Id = recorded.Id };
        });
}
