using Microsoft.EntityFrameworkCore;
using TraffickingCare.Web.Data;
using TraffickingCare.Web.Infrastructure.Mvc;
using TraffickingCare.Web.Infrastructure.Time;

namespace TraffickingCare.Web.Features.Activity.Trainings;

/// <summary>Takes a training off the list and the figures: the row is only marked deleted (audited), as everything here.</summary>
public sealed class RemoveTrainingHandler(AppDbContext db, CentreClock clock)
{
    public async Task<ChangeResult> HandleAsync(Guid trainingId, string? userId, CancellationToken ct)
    {
        var training = await db.Trainings.SingleOrDefaultAsync(t => t.Id == trainingId, ct);
        if (training is null)
        {
            return ChangeResult.NotFound;
        }

        return await ChangeResult.OfAsync(async () =>
        {
            training.SoftDelete(userId, clock.UtcNow);
            await db.SaveChangesAsync(ct);
        });
    }
}
