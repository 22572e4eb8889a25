using Microsoft.EntityFrameworkCore;
using TraffickingCare.Domain.Activity;
using TraffickingCare.Web.Data;

namespace TraffickingCare.Web.Features.Activity.Trainings.Materials;

/// <summary>One live material of a live training, or null: unknown, removed, of another training, or its training removed.</summary>
public sealed class MaterialDownloadQuery(AppDbContext db)
{
    public Task<TrainingMaterial?> GetAsync(Guid trainingId, Guid materialId, CancellationToken ct) =>
        db.TrainingMaterials.AsNoTracking()
            .SingleOrDefaultAsync(m => m.Id == materialId && m.TrainingId == trainingId && db.Trainings.Any(t => t.Id == m.TrainingId), ct);
}
