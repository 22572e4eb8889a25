using Microsoft.EntityFrameworkCore;
using TraffickingCare.Web.Data;
using TraffickingCare.Web.Infrastructure.Mvc;

namespace TraffickingCare.Web.Features.AccessAlerts;

/// <summary>Marks an alert reviewed by this manager (never one about themselves); a second review is told it came late.</summary>
public sealed class ReviewAccessAlertHandler(AppDbContext db, TimeProvider clock)
{
    public async Task<ChangeResult> HandleAsync(ReviewAccessAlertForm form, string reviewerId, CancellationToken ct)
    {
        var alert = await db.BulkViewAlerts.SingleOrDefaultAsync(a => a.Id == form.Id, ct);
        if (alert is null)
        {
            return ChangeResult.NotFound;
        }

        db.Entry(alert).Property(a => a.Version).OriginalValue = form.Version;
        return await ChangeResult.OfAsync(async () =>
        {
            alert.Review(reviewerId, clock.GetUtcNow().UtcDateTime);
            await db.SaveChangesAsync(ct);
        });
    }
}
