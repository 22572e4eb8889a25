using Microsoft.EntityFrameworkCore;
using TraffickingCare.Domain.Cases;
using TraffickingCare.Domain.Work;
using TraffickingCare.Web.Infrastructure.Time;

namespace TraffickingCare.Web.Data.Seeding;

/// <summary>
/// Tasks on "Moj rad" for every caseworker, so a demo caseworker's list is not empty: on the newest cases they
/// lead, one task overdue, one due today, one later this month and one done. Titles say what, never who (as the
/// domain asks). Deterministic, bounded (four per caseworker), one save; skipped when tasks exist.
/// </summary>
internal static class SyntheticWorkPlan
{
    private static readonly (string Title, int DueInDays, bool Done)[] Tasks =
    [
        ("Dostaviti izveštaj centru za socijalni rad", -2, false),
        ("Zakazati razgovor sa psihologom", 0, false),
        ("Proveriti status zahteva za lična dokumenta", 12, false),
        ("Poslati poziv za konferenciju slučaja", -5, true),
    ];

    public static async Task AddAsync(AppDbContext db, IReadOnlyList<string> caseworkers, DateTime now, CancellationToken ct)
    {
        if (await db.WorkTasks.AnyAsync(ct))
        {
            return;
        }

        var today = DateOnly.FromDateTime(CentreClock.ToLocal(now));
        foreach (var caseworker in caseworkers)
        {
            var cases = await db.Cases.AsNoTracking().Where(c => c.LeadCaseworkerId == caseworker && c.Status != CaseStatus.Closed)
                .OrderByDescending(c => c.OpenedAtUtc).Select(c => c.Id).Take(Tasks.Length).ToListAsync(ct);
            for (var i = 0; i < Tasks.Length; i++)
            {
                var (title, dueInDays, done) = Tasks[i];
                var task = WorkTask.Set(title, cases.Count == 0 ? null : cases[i % cases.Count], caseworker, today.AddDays(dueInDays));
                if (done)
                {
                    task.MarkDone(caseworker, now);
                }

                db.WorkTasks.Add(task);
            }
        }

        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
    }
}
