using Microsoft.EntityFrameworkCore;
using TraffickingCare.Domain.Activity;
using TraffickingCare.Domain.Reports;
using TraffickingCare.Web.Data;
using TraffickingCare.Web.Data.Tallies;
using TraffickingCare.Web.Infrastructure.Time;

namespace TraffickingCare.Web.Features.Activity.Sectors;

/// <summary>
/// Does training a sector improve its referrals? For a period (local days) and optionally a municipality: participants
/// trained by sector; referrals received by their sender's sector with those opened as cases and those whose case
/// ended in an identification (the case's decision as it stands); and the days from receipt (the Centre's local day)
/// to the case's first decision, as a histogram the median is read off. The whole months of a period for the whole
/// country are read from the counts kept per month on write (the report's referral counts and
/// <see cref="SectorWaitCount"/>), the days around them, and a municipality's period, from the referrals by the same
/// rules (<see cref="SectorWaits.Figures"/>): at most four commands, each a <c>GROUP BY</c>, whatever the number of
/// records. Senders are mapped to the sector they are trained as (<see cref="TrainedSectors"/>).
/// </summary>
public sealed class SectorFiguresQuery(AppDbContext db)
{
    public async Task<SectorFigures> GetAsync(DateOnly from, DateOnly to, string? municipalityCode, CancellationToken ct)
    {
        var trainings = db.Trainings.AsNoTracking().Where(t => t.HeldOn >= from && t.HeldOn <= to);
        if (municipalityCode is not null)
        {
            trainings = trainings.Where(t => t.MunicipalityCode == municipalityCode);
        }

        var trained = await (from s in db.TrainingSectorCounts
                             join t in trainings on s.TrainingId equals t.Id
                             group s by s.SectorCode into g
                             select new { Sector = g.Key, Count = g.Sum(s => s.Count) }).ToListAsync(ct);

        var (months, days) = municipalityCode is null ? Split(from, to) : (null, [(from, to)]);
        var counts = new List<SectorWaits.SectorFigure>();
        var waits = new List<(string? Sector, int Days, int Count)>();
        if (months is not null)
        {
            counts.AddRange(await db.ReferralMonthCounts.AsNoTracking().In(months)
                .GroupBy(c => new { c.Sector, c.Opened, Identified = c.Outcome == ReferralOutcomes.Identified })
                .Select(g => new SectorWaits.SectorFigure { Sector = g.Key.Sector, Opened = g.Key.Opened, Identified = g.Key.Identified, Count = g.Sum(c => c.Count) })
                .ToListAsync(ct));
            var kept = await db.SectorWaitCounts.AsNoTracking().In(months)
                .GroupBy(w => new { w.Sector, w.Days })
                .Select(g => new { g.Key.Sector, g.Key.Days, Count = g.Sum(w => w.Count) })
                .ToListAsync(ct);
            waits.AddRange(kept.Select(w => ((string?)w.Sector, w.Days, w.Count)));
        }

        if (days.Count > 0)
        {
            var facts = days.Select(d => ReferralMonths.Facts(db, CentreClock.ToUtc(d.From, TimeOnly.MinValue), CentreClock.ToUtc(d.To.AddDays(1), TimeOnly.MinValue)))
                .Aggregate((a, b) => a.Concat(b));
            if (municipalityCode is not null)
            {
                facts = facts.Where(f => f.Municipality == municipalityCode);
            }

            var read = await SectorWaits.Figures(facts, from.Year, to.Year).ToListAsync(ct);
            counts.AddRange(read);
            waits.AddRange(read.Where(r => r.Days is not null).Select(r => (r.Sector, r.Days!.Value, r.Count)));
        }

        var rows = TrainedSectors.All.Append(TrainedSectors.None).Select(sector =>
        {
            var sent = counts.Where(c => TrainedSectors.Of(c.Sector) == sector).ToList();
            return new SectorRow(
                sector,
                trained.Where(t => t.Sector == sector).Sum(t => t.Count),
                sent.Sum(c => c.Count),
                sent.Where(c => c.Opened).Sum(c => c.Count),
                sent.Where(c => c.Identified).Sum(c => c.Count),
                DaysToDecision.Of([.. waits.Where(w => TrainedSectors.Of(w.Sector) == sector).Select(w => (w.Days, w.Count))]));
        }).ToList();
        return new SectorFigures(from, to, municipalityCode, rows);
    }

    /// <summary>The whole months within the period (none when it holds no whole month) and the days before and after them.</summary>
    private static (MonthRange? Months, List<(DateOnly From, DateOnly To)> Days) Split(DateOnly from, DateOnly to)
    {
        var first = from.Day == 1 ? ReportMonth.Of(from) : ReportMonth.Of(from).Next;
        var last = to == ReportMonth.Of(to).LastDay ? ReportMonth.Of(to) : ReportMonth.Of(ReportMonth.Of(to).Number - 1);
        if (first.Number > last.Number)
        {
            return (null, [(from, to)]);
        }

        var days = new List<(DateOnly, DateOnly)>();
        if (from < first.FirstDay)
        {
            days.Add((from, first.FirstDay.AddDays(-1)));
        }

        if (to > last.LastDay)
        {
            days.Add((last.LastDay.AddDays(1), to));
        }

        return (new MonthRange(first, last), days);
    }
}
