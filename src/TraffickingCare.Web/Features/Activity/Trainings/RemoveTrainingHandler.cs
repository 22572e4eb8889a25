using Microsoft.EntityFrameworkCore;
using TraffickingCare.Web.Data;
using TraffickingCare.Web.Infrastructure.Mvc;
using TraffickingCare.Web.Infrastructure.Time;

namespace TraffickingCare.Web.Features.Activity.Trainings;

/// <summary>
/// Takes a training off the list and the figures: the row is only marked deleted (audited), as everything here. From
/// the version the page showed, as an awareness event's removal: a training corrected meanwhile is not removed unseen.
/// </summary>
public sealed class RemoveTrainingHandler(AppDbContext db, CentreClock clock)
{
    public async Task<ChangeResult> HandleAsync(Guid trainingId, int version, string? userId, CancellationToken ct)
    {
        var training = await db.Trainings.SingleOrDefaultAsync(t => t.Id == trainingId, ct);
        if (training is null)
        {
            return ChangeResult.NotFound;
        }

        db.Entry(training).Property(t => t.Version).OriginalValue = version;
        return await ChangeResult.OfAsync(async () =>
        {
            training.SoftDelete(userId, clock.UtcNow);
            await db.SaveChangesAsync(ct);
        });
    }
}
