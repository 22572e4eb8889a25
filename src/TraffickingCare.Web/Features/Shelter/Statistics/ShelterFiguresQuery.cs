using Microsoft.EntityFrameworkCore;
using TraffickingCare.Domain.Shelter;
using TraffickingCare.Web.Data;
using TraffickingCare.Web.Infrastructure.Time;

namespace TraffickingCare.Web.Features.Shelter.Statistics;

/// <summary>
/// The shelter's figures for a period in seven SQL commands whatever the number of placements: every count is a
/// <c>GROUP BY</c> in the database. The daily occupancy is the number in the shelter the evening before the period
/// plus each day's admissions minus each day's exits, a running sum over at most
/// <see cref="ShelterStatisticsFilter.MaxDays"/> grouped rows. Nights are counted up to last night, as the annual
/// report counts them: a period that reaches today or beyond would otherwise count tonight and every night ahead for
/// each resident still in.
/// </summary>
public sealed class ShelterFiguresQuery(AppDbContext db, CentreClock clock)
{
    public async Task<ShelterFigures> GetAsync(DateOnly from, DateOnly to, CancellationToken ct)
    {
        var placements = db.Placements.AsNoTracking();
        var seen = placements.Where(p => p.AdmittedOn <= to && (p.ExitedOn == null || p.ExitedOn >= from));
        var endedIn = placements.Where(p => p.ExitedOn >= from && p.ExitedOn <= to);

        var inBefore = await placements.CountAsync(p => p.AdmittedOn < from && (p.ExitedOn == null || p.ExitedOn >= from), ct);
        var admitted = await placements.Where(p => p.AdmittedOn >= from && p.AdmittedOn <= to)
            .GroupBy(p => p.AdmittedOn).Select(g => new { Day = g.Key, Count = g.Count() }).ToListAsync(ct);
        var exits = await endedIn
            .GroupBy(p => new { Day = p.ExitedOn!.Value, p.ExitDestination }).Select(g => new { g.Key.Day, g.Key.ExitDestination, Count = g.Count() })
            .ToListAsync(ct);
        var stays = await endedIn
            .GroupBy(p => p.ExitedOn!.Value.DayNumber - p.AdmittedOn.DayNumber).Select(g => new { Nights = g.Key, Count = g.Count() })
            .ToListAsync(ct);
        var phases = await seen.GroupBy(p => p.Phase).Select(g => new { Phase = g.Key, Count = g.Count() }).ToListAsync(ct);
        var beds = await db.Beds.CountAsync(b => b.InUse, ct);

        // Follow-ups after exits: those due in the period and those done in it, by outcome (null: not done yet).
        var followUps = await db.ShelterFollowUps.AsNoTracking()
            .Where(f => (f.DueOn >= from && f.DueOn <= to) || (f.DoneOn >= from && f.DoneOn <= to))
            .GroupBy(f => f.Outcome)
            .Select(g => new { Outcome = g.Key, Due = g.Count(f => f.DueOn >= from && f.DueOn <= to), Done = g.Count(f => f.DoneOn >= from && f.DoneOn <= to) })
            .ToListAsync(ct);

        var admittedOn = admitted.ToDictionary(a => a.Day, a => a.Count);
        var leftOn = exits.GroupBy(e => e.Day).ToDictionary(g => g.Key, g => g.Sum(e => e.Count));
        var lastNight = to < clock.Today ? to : clock.Today.AddDays(-1);
        var days = new List<OccupancyDay>(Math.Max(0, lastNight.DayNumber - from.DayNumber + 1));
        var occupied = inBefore;
        for (var day = from; day <= lastNight; day = day.AddDays(1))
        {
            occupied += admittedOn.GetValueOrDefault(day) - leftOn.GetValueOrDefault(day);
            days.Add(new OccupancyDay(day, occupied));
        }

        return new ShelterFigures(
            from,
            to,
            beds,
            admitted.Sum(a => a.Count),
            phases.Sum(p => p.Count),
            days.Sum(d => d.Occupied),
            days.Count == 0 ? 0 : days.Max(d => d.Occupied),
            StayFigures.Of(stays.Select(s => (s.Nights, s.Count)).ToList()),
            Enum.GetValues<ShelterPhase>().Select(p => new PhaseCount(p, phases.Where(x => x.Phase == p).Sum(x => x.Count))).ToList(),
            Enum.GetValues<ExitDestination>()
                .Select(d => new DestinationCount(d, exits.Where(e => e.ExitDestination == d).Sum(e => e.Count))).ToList(),
            days)
        {
            FollowUps = new FollowUpFigures(
                followUps.Sum(f => f.Due),
                followUps.Sum(f => f.Done),
                Enum.GetValues<FollowUpOutcome>().Select(o => new OutcomeCount(o, followUps.Where(f => f.Outcome == o).Sum(f => f.Done))).ToList()),
        };
    }
}
