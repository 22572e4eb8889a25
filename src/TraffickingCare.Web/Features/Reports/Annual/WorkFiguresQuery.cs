using Microsoft.EntityFrameworkCore;
using TraffickingCare.Domain.Activity;
using TraffickingCare.Domain.Conferences;
using TraffickingCare.Domain.Reports;
using TraffickingCare.Web.Data;
using TraffickingCare.Web.Infrastructure.Time;

namespace TraffickingCare.Web.Features.Reports.Annual;

/// <summary>
/// The tables of the Centre's work (<see cref="WorkTables"/>) for the report's five years, in five SQL commands whatever
/// the number of records: the services (<see cref="ServiceFiguresQuery"/>) and the field visits, each summed from the
/// tallies kept on write, and three more, each a <c>GROUP BY</c> over a <c>UNION ALL</c>: the other acts around cases
/// (conferences, court escorts, proceedings), the shelter's stays (<see cref="ShelterWorkQuery"/>), the trainings. A record belongs to the year of its local day; the rules are in
/// docs/statistics.md.
/// </summary>
public sealed class WorkFiguresQuery(AppDbContext db, CentreClock clock)
{
    /// <summary>The code list the training sectors' rows come from.</summary>
    public const string SectorList = "TrainingSector";

    /// <summary>The code of the rows that stand for a training itself (valued at its participants) among its sectors' rows.</summary>
    private const string TrainingMarker = "";

    internal async Task AddAsync(ReportYears span, CellSheet sheet, IEnumerable<string> supportCodes, CancellationToken ct)
    {
        var (first, last) = (span.FirstDay, span.LastDay);
        var work = await Activity(span).GroupBy(f => new { f.Year, f.Row })
            .Select(g => new WorkCount(g.Key.Year, g.Key.Row, g.Count(), g.Select(f => f.Case).Distinct().Count()))
            .ToListAsync(ct);

        // Field visits are the second most numerous record (a million and a half at a million cases): summed from the
        // tallies kept on every save (one row per case and year, VisitTallies), not grouped from the visits.
        var (firstYear, lastYear) = (span.Years[0], span.Years[^1]);
        work.AddRange(await db.VisitTallies.AsNoTracking()
            .Where(t => t.Year >= firstYear && t.Year <= lastYear)
            .GroupBy(t => t.Year)
            .Select(g => new WorkCount(g.Key, WorkTables.FieldVisits, g.Sum(t => t.Visits), g.Count()))
            .ToListAsync(ct));
        var trainings = await Trainings(first, last).GroupBy(t => new { t.Year, t.Code })
            .Select(g => new { g.Key.Year, g.Key.Code, Count = g.Count(), Sum = g.Sum(t => t.Value) })
            .ToListAsync(ct);

        var services = await new ServiceFiguresQuery(db).ListAsync(span, ct);

        // The service log's types are counted under the report's support types (one type to one, "other" to none);
        // a field visit is the support type "FieldVisit".
        var given = services.Where(s => SupportTypes.OfServiceType.ContainsKey(s.Type))
            .Select(s => (s.Year, Support: SupportTypes.OfServiceType[s.Type], s.Count, s.Cases))
            .Concat(work.Where(w => w.Row == WorkTables.FieldVisits).Select(w => (w.Year, Support: SupportTypes.FieldVisit, w.Count, w.Cases)))
            .ToList();
        var codes = supportCodes.ToList();
        sheet.AddCodes(WorkTables.SupportByType, codes, given.Select(s => (s.Year, s.Support, s.Count)));
        sheet.AddCodes(WorkTables.PersonsServedByType, codes, given.Select(s => (s.Year, s.Support, s.Cases)));

        sheet.Add(WorkTables.CentreWork, WorkTables.CentreWorkRows, (row, y) => row switch
        {
            WorkTables.PersonsVisited => work.Where(w => w.Year == y && w.Row == WorkTables.FieldVisits).Sum(w => w.Cases),
            WorkTables.CasesConferenced => work.Where(w => w.Year == y && w.Row == WorkTables.ConferencesHeld).Sum(w => w.Cases),
            _ => work.Where(w => w.Year == y && w.Row == row).Sum(w => w.Count),
        });

        await new ShelterWorkQuery(db).AddAsync(span, clock.Today, sheet, ct);

        var held = trainings.Where(t => t.Code == TrainingMarker).ToList();
        sheet.Add(WorkTables.Trainings, WorkTables.TrainingRows, (row, y) => row == WorkTables.TrainingsHeld
            ? held.Where(t => t.Year == y).Sum(t => t.Count)
            : held.Where(t => t.Year == y).Sum(t => t.Sum));
        sheet.AddCodes(WorkTables.TrainingParticipantsBySector, TrainedSectors.All, trainings.Where(t => t.Code != TrainingMarker).Select(t => (t.Year, t.Code, t.Sum)));
    }

    /// <summary>A row per training of the years (marked, valued at its participants) and per sector count of one.</summary>
    private IQueryable<YearCodeValue> Trainings(DateOnly first, DateOnly last)
    {
        var trainings = db.Trainings.AsNoTracking().Where(t => t.HeldOn >= first && t.HeldOn <= last);
        var perTraining = trainings.Select(t => new YearCodeValue { Year = t.HeldOn.Year, Code = TrainingMarker, Value = t.Women + t.Men + t.SexNotStated });
        var perSector = from s in db.TrainingSectorCounts
                        join t in trainings on s.TrainingId equals t.Id
                        select new YearCodeValue { Year = t.HeldOn.Year, Code = s.SectorCode, Value = s.Count };
        return perTraining.Concat(perSector);
    }

    /// <summary>Each counted act around a case as one row (year, what, case), so one <c>GROUP BY</c> counts them all.</summary>
    private IQueryable<WorkFact> Activity(ReportYears span)
    {
        var (first, last, start, end, now) = (span.FirstDay, span.LastDay, span.Start, span.Ends[^1], clock.UtcNow);
        var (y0, y1, y2, y3, y4) = (span.Years[0], span.Years[1], span.Years[2], span.Years[3], span.Years[4]);
        var (e0, e1, e2, e3) = (span.Ends[0], span.Ends[1], span.Ends[2], span.Ends[3]);

        var conferences = db.CaseConferences.AsNoTracking()
            .Where(c => c.Status == ConferenceStatus.Closed && c.StartsAtUtc >= start && c.StartsAtUtc < end)
            .Select(c => new WorkFact
            {
                Year = c.StartsAtUtc < e0 ? y0 : c.StartsAtUtc < e1 ? y1 : c.StartsAtUtc < e2 ? y2 : c.StartsAtUtc < e3 ? y3 : y4,
                Row = WorkTables.ConferencesHeld,
                Case = c.CaseId,
            });

        // A hearing counts once it has taken place, and only while its proceeding is on record.
        var escorted = db.Hearings.AsNoTracking()
            .Where(h => h.StartsAtUtc >= start && h.StartsAtUtc < end && h.StartsAtUtc <= now)
            .Where(h => (h.EscortUserId != null || h.EscortPartnerId != null) && db.Proceedings.Any(p => p.Id == h.ProceedingId))
            .Select(h => new
            {
                Year = h.StartsAtUtc < e0 ? y0 : h.StartsAtUtc < e1 ? y1 : h.StartsAtUtc < e2 ? y2 : h.StartsAtUtc < e3 ? y3 : y4,
                h.CaseId,
                h.StatementGiven,
            });
        var escorts = escorted.Select(h => new WorkFact { Year = h.Year, Row = WorkTables.CourtEscorts, Case = h.CaseId });
        var statements = escorted.Where(h => h.StatementGiven).Select(h => new WorkFact { Year = h.Year, Row = WorkTables.StatementsEscorted, Case = h.CaseId });

        // A proceeding is opened on the day of the first stage its history records.
        var opened = from p in db.Proceedings.AsNoTracking()
                     let openedOn = db.ProceedingStageChanges.Where(s => s.ProceedingId == p.Id).Min(s => (DateOnly?)s.Since)
                     where openedOn >= first && openedOn <= last
                     select new { Year = openedOn!.Value.Year, p.CaseId, p.LawyerEngaged };
        var proceedings = opened.Select(p => new WorkFact { Year = p.Year, Row = WorkTables.ProceedingsOpened, Case = p.CaseId });
        var lawyers = opened.Where(p => p.LawyerEngaged).Select(p => new WorkFact { Year = p.Year, Row = WorkTables.LawyersEngaged, Case = p.CaseId });
        var claimed = db.Proceedings.AsNoTracking().Where(p => p.ClaimedOn >= first && p.ClaimedOn <= last)
            .Select(p => new WorkFact { Year = p.ClaimedOn!.Value.Year, Row = WorkTables.CompensationClaimed, Case = p.CaseId });
        var awarded = db.Proceedings.AsNoTracking().Where(p => p.AwardedOn >= first && p.AwardedOn <= last)
            .Select(p => new WorkFact { Year = p.AwardedOn!.Value.Year, Row = WorkTables.CompensationAwarded, Case = p.CaseId });

        return conferences.Concat(escorts).Concat(statements).Concat(proceedings).Concat(lawyers).Concat(claimed).Concat(awarded);
    }
}

/// <summary>The acts of one row of <see cref="WorkTables.CentreWork"/> in one year, and the cases they concern.</summary>
internal sealed record WorkCount(int Year, string Row, int Count, int Cases);

/// <summary>One counted act: its year, the row of <see cref="WorkTables.CentreWork"/> it counts under, its case.</summary>
internal sealed class WorkFact
{
    public int Year { get; init; }

    public string Row { get; init; } = string.Empty;

    public Guid Case { get; init; }
}

internal sealed class YearCodeValue
{
    public int Year { get; init; }

    public string Code { get; init; } = string.Empty;

    public int Value { get; init; }
}
