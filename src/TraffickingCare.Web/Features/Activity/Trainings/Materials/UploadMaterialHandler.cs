using Microsoft.EntityFrameworkCore;
using TraffickingCare.Domain.Activity;
using TraffickingCare.Web.Data;
using TraffickingCare.Web.Features.Shared.Uploads;
using TraffickingCare.Web.Infrastructure.Mvc;
using TraffickingCare.Web.Infrastructure.Time;

namespace TraffickingCare.Web.Features.Activity.Trainings.Materials;

/// <summary>
/// Keeps a file with a training, as every upload is kept (<see cref="UploadedFiles"/>), and saves its row.
/// </summary>
public sealed class UploadMaterialHandler(AppDbContext db, UploadedFiles uploads, CentreClock clock)
{
    public async Task<ChangeResult> HandleAsync(Guid trainingId, UploadMaterialForm form, string userId, CancellationToken ct)
    {
        if (!await db.Trainings.AnyAsync(t => t.Id == trainingId, ct))
        {
            return ChangeResult.NotFound;
        }

        var file = form.File!;
        return await uploads.KeepAsync(file, nameof(UploadMaterialForm.File), async (type, stored) =>
        {
            db.TrainingMaterials.Add(TrainingMaterial.Upload(trainingId, file.FileName, type, stored.Length, stored.Name, stored.WrappedKey, userId, clock.UtcNow));
            await db.SaveChangesAsync(ct);
        }, ct);
    }
}
