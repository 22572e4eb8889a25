using Microsoft.EntityFrameworkCore;
using TraffickingCare.Domain.Conferences;
using TraffickingCare.Web.Data;
using TraffickingCare.Web.Infrastructure.Time;

namespace TraffickingCare.Web.Features.Conferences.Statistics;

/// <summary>
/// The conference figures of a calendar year in four SQL commands whatever the number of conferences: every count is
/// a <c>GROUP BY</c> (or a <c>COUNT(DISTINCT)</c>) in the database, over codes and dates only, never an encrypted
/// text. The annual report reads the same figures.
/// </summary>
public sealed class ConferenceFiguresQuery(AppDbContext db, CentreClock clock)
{
    public async Task<ConferenceFigures> GetAsync(int year, CancellationToken ct)
    {
        var start = CentreClock.ToUtc(new DateOnly(year, 1, 1), TimeOnly.MinValue);
        var end = CentreClock.ToUtc(new DateOnly(year + 1, 1, 1), TimeOnly.MinValue);
        var ofYear = db.CaseConferences.AsNoTracking().Where(c => c.StartsAtUtc >= start && c.StartsAtUtc < end);
        var held = ofYear.Where(c => c.Status == ConferenceStatus.Closed);

        var byStatus = await ofYear.GroupBy(c => c.Status).Select(g => new { Status = g.Key, Count = g.Count() }).ToListAsync(ct);
        var cases = await held.Select(c => c.CaseId).Distinct().CountAsync(ct);
        var sectors = await (
            from p in db.ConferenceParticipants
            where p.Kind == ParticipantKind.Partner && p.Attendance == Attendance.Present
            join c in held on p.ConferenceId equals c.Id
            join partner in db.Partners on p.PartnerId equals partner.Id
            group p.ConferenceId by partner.Sector into g
            select new { Sector = g.Key, Conferences = g.Distinct().Count() })
            .ToListAsync(ct);

        // Items of conferences that took place or may still (a cancelled conference's items were never agreed).
        var yearStart = new DateOnly(year, 1, 1);
        var yearEnd = new DateOnly(year, 12, 31);
        var today = clock.Today;
        var items = await (
            from i in db.ConferenceActionItems
            where i.DueOn >= yearStart && i.DueOn <= yearEnd
            join c in db.CaseConferences on i.ConferenceId equals c.Id
            where c.Status != ConferenceStatus.Cancelled
            group i by i.Status into g
            select new
            {
                Status = g.Key,
                Count = g.Count(),
                OnTime = g.Count(i => i.SettledOn <= i.DueOn),
                Overdue = g.Count(i => i.DueOn < today),
            })
            .ToListAsync(ct);

        int Of(ConferenceStatus status) => byStatus.Where(s => s.Status == status).Sum(s => s.Count);
        var done = items.Where(i => i.Status == ActionItemStatus.Done).ToList();
        var open = items.Where(i => i.Status == ActionItemStatus.Open).ToList();
        return new ConferenceFigures(
            year,
            Of(ConferenceStatus.Closed),
            Of(ConferenceStatus.Cancelled),
            Of(ConferenceStatus.Scheduled),
            cases,
            [.. sectors.Where(s => s.Conferences > 0).OrderByDescending(s => s.Conferences).ThenBy(s => s.Sector)
                .Select(s => new SectorCount(s.Sector, s.Conferences))],
            new ActionItemFigures(
                items.Sum(i => i.Count),
                done.Sum(i => i.OnTime),
                done.Sum(i => i.Count - i.OnTime),
                items.Where(i => i.Status == ActionItemStatus.Dropped).Sum(i => i.Count),
                open.Sum(i => i.Count),
                open.Sum(i => i.Overdue)));
    }
}
