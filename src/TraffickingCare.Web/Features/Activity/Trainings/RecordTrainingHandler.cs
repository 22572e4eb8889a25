using TraffickingCare.Domain.Activity;
using TraffickingCare.Web.Data;
using TraffickingCare.Web.Infrastructure.Mvc;
using TraffickingCare.Web.Infrastructure.Time;

namespace TraffickingCare.Web.Features.Activity.Trainings;

/// <summary>Records a training given; the answer names the new record.</summary>
public sealed class RecordTrainingHandler(AppDbContext db, CentreClock clock)
{
    public Task<ChangeResult> HandleAsync(TrainingForm form, string? userId, CancellationToken ct) =>
        ChangeResult.OfAsync(async () =>
        {
            var training = Training.Record(
                TrainingInput.Details(form), TrainingInput.Headcount(form), TrainingInput.Trainers(form), clock.Today, userId, clock.UtcNow);
            db.Trainings.Add(training);
            await db.SaveChangesAsync(ct);
            return ChangeResult.Done with { Id = training.Id };
        });
}
