using Microsoft.EntityFrameworkCore;
using TraffickingCare.Web.Data;
using TraffickingCare.Web.Infrastructure.Mvc;
using TraffickingCare.Web.Infrastructure.Time;

namespace TraffickingCare.Web.Features.Activity.Trainings;

/// <summary>Corrects a training; a save from a page older than the record is refused (the second editor is told).</summary>
public sealed class ChangeTrainingHandler(AppDbContext db, CentreClock clock)
{
    public async Task<ChangeResult> HandleAsync(Guid trainingId, TrainingForm form, string? userId, CancellationToken ct)
    {
        var training = await db.Trainings.Include(t => t.Sectors).Include(t => t.Trainers).SingleOrDefaultAsync(t => t.Id == trainingId, ct);
        if (training is null)
        {
            return ChangeResult.NotFound;
        }

        db.Entry(training).Property(t => t.Version).OriginalValue = form.Version ?? 0;
        return await ChangeResult.OfAsync(async () =>
        {
            training.Change(TrainingInput.Details(form), TrainingInput.Headcount(form), TrainingInput.Trainers(form), clock.Today, userId, clock.UtcNow);
            await db.SaveChangesAsync(ct);
        });
    }
}
