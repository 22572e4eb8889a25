using Microsoft.EntityFrameworkCore;
using TraffickingCare.Domain.Reports;
using TraffickingCare.Domain.Shelter;
using TraffickingCare.Web.Data;

namespace TraffickingCare.Web.Features.Reports.Annual;

/// <summary>
/// The shelter's tables for the report's five years in one SQL command: the stays of each year (one <c>UNION ALL</c>
/// part per year, since a stay spans years) grouped by year, the phase reached and the destination of an exit in the
/// year, with the nights spent in the year, the admissions of the year and the nights of the stays that ended in it. Nights are counted as
/// <see cref="ShelterStay"/> counts them: the day of admission counts, the day of exit does not.
/// </summary>
internal sealed class ShelterWorkQuery(AppDbContext db)
{
    public async Task AddAsync(ReportYears span, DateOnly today, CellSheet sheet, CancellationToken ct)
    {
        var stays = await span.Years.Select(y => StaysIn(y, today)).Aggregate((a, b) => a.Concat(b))
            .GroupBy(s => new { s.Year, s.Phase, s.ExitedTo })
            .Select(g => new
            {
                g.Key.Year,
                g.Key.Phase,
                g.Key.ExitedTo,
                Count = g.Count(),
                Nights = g.Sum(s => s.Nights),
                Admitted = g.Sum(s => s.Admitted),
                StayNights = g.Sum(s => s.StayNights),
            })
            .ToListAsync(ct);

        var exits = stays.Where(s => s.ExitedTo != null).ToList();
        int Exits(int y) => exits.Where(e => e.Year == y).Sum(e => e.Count);
        sheet.Add(WorkTables.Shelter, WorkTables.ShelterRows, (row, y) => row switch
        {
            WorkTables.Admissions => stays.Where(s => s.Year == y).Sum(s => s.Admitted),
            WorkTables.Residents => stays.Where(s => s.Year == y).Sum(s => s.Count),
            WorkTables.BedDays => stays.Where(s => s.Year == y).Sum(s => s.Nights),
            WorkTables.Exits => Exits(y),
            _ => Exits(y) == 0 ? 0 : (int)Math.Round((double)exits.Where(e => e.Year == y).Sum(e => e.StayNights) / Exits(y), MidpointRounding.AwayFromZero),
        });
        sheet.AddCodes(WorkTables.ShelterExitsByDestination, Enum.GetNames<ExitDestination>(), exits.Select(e => (e.Year, e.ExitedTo!.Value.ToString(), e.Count)));
        sheet.AddCodes(WorkTables.ShelterPhaseReached, Enum.GetNames<ShelterPhase>(), stays.Select(s => (s.Year, ((ShelterPhase)s.Phase).ToString(), s.Count)));
    }

    /// <summary>
    /// The stays of one year: placements in the shelter on any of its days so far, each with the nights it spent in
    /// that year (up to last night in the current year) and the phase it had reached by the year's end, as the
    /// approved phase changes date it (phases only move forward, so any approved change means at least recovery).
    /// </summary>
    private IQueryable<YearStay> StaysIn(int year, DateOnly today)
    {
        var start = new DateOnly(year, 1, 1);
        var end = new DateOnly(year, 12, 31);
        var (startDay, capDay) = (start.DayNumber, Math.Min(end.DayNumber + 1, today.DayNumber));
        var approved = db.PhaseChanges.Where(c => c.Status == PhaseChangeStatus.Approved && c.DecidedOn <= end);
        return db.Placements.AsNoTracking()
            .Where(p => p.AdmittedOn <= end && p.AdmittedOn <= today && (p.ExitedOn == null || p.ExitedOn >= start))
            .Select(p => new YearStay
            {
                Year = EF.Constant(year),
                Phase = approved.Any(c => c.PlacementId == p.Id && c.To == ShelterPhase.Independence) ? (int)ShelterPhase.Independence
                    : approved.Any(c => c.PlacementId == p.Id) ? (int)ShelterPhase.Recovery
                    : (int)ShelterPhase.Stabilisation,
                Admitted = p.AdmittedOn >= start ? 1 : 0,
                ExitedTo = p.ExitedOn <= end ? p.ExitDestination : null,
                StayNights = p.ExitedOn <= end ? p.ExitedOn!.Value.DayNumber - p.AdmittedOn.DayNumber : 0,
                Nights = (p.ExitedOn == null || p.ExitedOn.Value.DayNumber > capDay ? capDay : p.ExitedOn.Value.DayNumber)
                    - (p.AdmittedOn.DayNumber < startDay ? startDay : p.AdmittedOn.DayNumber),
            });
    }
}

/// <summary>
/// A placement in one year: the phase it reached by the year's end (as a number, in order), its nights in the year,
/// whether it was admitted in the year, and, if it ended in the year, where she went and the whole stay's nights.
/// </summary>
internal sealed class YearStay
{
    public int Year { get; init; }

    public int Phase { get; init; }

    public int Nights { get; init; }

    public int Admitted { get; init; }

    public ExitDestination? ExitedTo { get; init; }

    public int StayNights { get; init; }
}
