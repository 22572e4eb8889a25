using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using TraffickingCare.Domain.Activity;
using TraffickingCare.Domain.Cases;
using TraffickingCare.Domain.Identification;
using TraffickingCare.Domain.Referrals;
using TraffickingCare.Web.Data;
using TraffickingCare.Web.Infrastructure.Time;

namespace TraffickingCare.Web.Features.Activity.Sectors;

/// <summary>
/// Does training a sector improve its referrals? For a period (local days) and optionally a municipality, three SQL
/// commands whatever the number of records, each a <c>GROUP BY</c>: participants trained by sector; referrals received
/// by their sender's sector with those opened as cases and those whose case ended in an identification (the case's
/// decision as it stands); and the days from receipt (the Centre's local day) to the case's first decision, as a
/// histogram the median is read off. Senders are mapped to the sector they are trained as (<see cref="TrainedSectors"/>).
/// </summary>
public sealed class SectorFiguresQuery(AppDbContext db)
{
    public async Task<SectorFigures> GetAsync(DateOnly from, DateOnly to, string? municipalityCode, CancellationToken ct)
    {
        var trainings = db.Trainings.AsNoTracking().Where(t => t.HeldOn >= from && t.HeldOn <= to);
        var referrals = db.Referrals.AsNoTracking()
            .Where(r => r.ReceivedAtUtc >= CentreClock.ToUtc(from, TimeOnly.MinValue) && r.ReceivedAtUtc < CentreClock.ToUtc(to.AddDays(1), TimeOnly.MinValue));
        if (municipalityCode is not null)
        {
            trainings = trainings.Where(t => t.MunicipalityCode == municipalityCode);
            referrals = referrals.Where(r => r.MunicipalityCode == municipalityCode);
        }

        var trained = await (from s in db.TrainingSectorCounts
                             join t in trainings on s.TrainingId equals t.Id
                             group s by s.SectorCode into g
                             select new { Sector = g.Key, Count = g.Sum(s => s.Count) }).ToListAsync(ct);

        var sent = await (from r in referrals
                          join c in db.Cases on r.CaseId equals c.Id into opened
                          from c in opened.DefaultIfEmpty()
                          select new
                          {
                              r.ReferrerSectorCode,
                              Opened = r.Status == ReferralStatus.OpenedAsCase,
                              Identified = r.Status == ReferralStatus.OpenedAsCase && c != null
                                  && (c.Status == CaseStatus.IdentifiedVictim || (c.Status == CaseStatus.Closed && c.StatusBeforeClosure == CaseStatus.IdentifiedVictim)),
                          } into x
                          group x by x.ReferrerSectorCode into g
                          select new { Sector = g.Key, Sent = g.Count(), Opened = g.Count(x => x.Opened), Identified = g.Count(x => x.Identified) })
            .ToListAsync(ct);

        var firstDecisions = db.Findings.AsNoTracking()
            .Where(f => f.Status == FindingsStatus.Final && f.Decision != null && f.DecidedOn != null)
            .GroupBy(f => f.CaseId)
            .Select(g => new { CaseId = g.Key, On = g.Min(f => f.DecidedOn!.Value) });
        var decided = from r in referrals
                      where r.Status == ReferralStatus.OpenedAsCase
                      join d in firstDecisions on r.CaseId equals d.CaseId
                      select new DecidedReferral { Sector = r.ReferrerSectorCode, ReceivedAtUtc = r.ReceivedAtUtc, DecidedOn = d.On };
        var days = await decided.Select(Elapsed(from.Year, to.Year))
            .GroupBy(x => new { x.Sector, x.Days })
            .Select(g => new { g.Key.Sector, g.Key.Days, Count = g.Count() })
            .ToListAsync(ct);

        var rows = TrainedSectors.All.Append(TrainedSectors.None).Select(sector => new SectorRow(
            sector,
            trained.Where(t => t.Sector == sector).Sum(t => t.Count),
            sent.Where(s => TrainedSectors.Of(s.Sector) == sector).Sum(s => s.Sent),
            sent.Where(s => TrainedSectors.Of(s.Sector) == sector).Sum(s => s.Opened),
            sent.Where(s => TrainedSectors.Of(s.Sector) == sector).Sum(s => s.Identified),
            DaysToDecision.Of(days.Where(d => TrainedSectors.Of(d.Sector) == sector).Select(d => (d.Days, d.Count)).ToList())))
            .ToList();
        return new SectorFigures(from, to, municipalityCode, rows);
    }

    /// <summary>Days from the local day of receipt to the decision's day, computed by the database.</summary>
    private static Expression<Func<DecidedReferral, SectorDays>> Elapsed(int firstYear, int lastYear)
    {
        var x = Expression.Parameter(typeof(DecidedReferral), "x");
        var received = LocalDayNumber.Of(Expression.Property(x, nameof(DecidedReferral.ReceivedAtUtc)), firstYear, lastYear);
        var decidedOn = Expression.Property(Expression.Property(x, nameof(DecidedReferral.DecidedOn)), nameof(DateOnly.DayNumber));
        return Expression.Lambda<Func<DecidedReferral, SectorDays>>(
            Expression.MemberInit(
                Expression.New(typeof(SectorDays)),
                Expression.Bind(typeof(SectorDays).GetProperty(nameof(SectorDays.Sector))!, Expression.Property(x, nameof(DecidedReferral.Sector))),
                Expression.Bind(typeof(SectorDays).GetProperty(nameof(SectorDays.Days))!, Expression.Subtract(decidedOn, received))),
            x);
    }

    private sealed class DecidedReferral
    {
        public string Sector { get; init; } = string.Empty;

        public DateTime ReceivedAtUtc { get; init; }

        public DateOnly DecidedOn { get; init; }
    }

    private sealed class SectorDays
    {
        public string Sector { get; init; } = string.Empty;

        public int Days { get; init; }
    }
}
