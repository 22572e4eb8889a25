using Microsoft.EntityFrameworkCore;
using TraffickingCare.Web.Data;
using TraffickingCare.Web.Infrastructure.Mvc;
using TraffickingCare.Web.Infrastructure.Time;

namespace TraffickingCare.Web.Features.Activity.Trainings.Materials;

/// <summary>Takes a material off a training's list: the row is marked deleted (audited), the encrypted file stays on disk.</summary>
public sealed class RemoveMaterialHandler(AppDbContext db, CentreClock clock)
{
    public async Task<ChangeResult> HandleAsync(Guid trainingId, Guid materialId, string userId, CancellationToken ct)
    {
        var material = await db.TrainingMaterials
            .SingleOrDefaultAsync(m => m.Id == materialId && m.TrainingId == trainingId && db.Trainings.Any(t => t.Id == m.TrainingId), ct);
        if (material is null)
        {
            return ChangeResult.NotFound;
        }

        return await ChangeResult.OfAsync(async () =>
        {
            material.SoftDelete(userId, clock.UtcNow);
            await db.SaveChangesAsync(ct);
        });
    }
}
