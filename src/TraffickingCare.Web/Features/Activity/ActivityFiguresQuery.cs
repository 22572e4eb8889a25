using Microsoft.EntityFrameworkCore;
using TraffickingCare.Domain.Activity;
using TraffickingCare.Web.Data;

namespace TraffickingCare.Web.Features.Activity;

/// <summary>
/// The year's activity figures in five SQL commands whatever the number of records, each a <c>GROUP BY</c> or one
/// aggregate row. A training, event or meeting belongs to the year of its (local) day. Local teams are counted as they
/// stand today: a team's status has no history.
/// </summary>
public sealed class ActivityFiguresQuery(AppDbContext db)
{
    public async Task<ActivityFigures> GetAsync(int year, CancellationToken ct)
    {
        var from = new DateOnly(year, 1, 1);
        var to = new DateOnly(year, 12, 31);
        var trainings = db.Trainings.AsNoTracking().Where(t => t.HeldOn >= from && t.HeldOn <= to);

        var totals = await trainings.GroupBy(_ => 1).Select(g => new TrainingFigures(
            g.Count(), g.Count(t => t.Accredited), g.Sum(t => t.Hours), g.Sum(t => t.Women), g.Sum(t => t.Men), g.Sum(t => t.SexNotStated)))
            .FirstOrDefaultAsync(ct) ?? new TrainingFigures(0, 0, 0, 0, 0, 0);

        var bySector = await (from s in db.TrainingSectorCounts
                              join t in trainings on s.TrainingId equals t.Id
                              group s by s.SectorCode into g
                              select new SectorCount(g.Key, g.Sum(s => s.Count))).ToListAsync(ct);

        var events = await db.AwarenessEvents.AsNoTracking().Where(e => e.HeldOn >= from && e.HeldOn <= to)
            .GroupBy(e => e.Kind).Select(g => new EventCount(g.Key, g.Count(), g.Sum(e => e.PeopleReached))).ToListAsync(ct);

        var teams = await db.LocalTeams.AsNoTracking().GroupBy(t => t.Status).Select(g => new TeamCount(g.Key, g.Count())).ToListAsync(ct);

        var meetings = await db.LocalTeamMeetings.AsNoTracking().Where(m => m.HeldOn >= from && m.HeldOn <= to)
            .GroupBy(m => m.TeamId).Select(g => g.Count()).ToListAsync(ct);

        return new ActivityFigures(
            year,
            totals,
            bySector.Where(s => s.Participants > 0).ToList(),
            Enum.GetValues<AwarenessEventKind>().Select(k => events.FirstOrDefault(e => e.Kind == k) ?? new EventCount(k, 0, 0)).ToList(),
            Enum.GetValues<LocalTeamStatus>().Select(s => teams.FirstOrDefault(t => t.Status == s) ?? new TeamCount(s, 0)).ToList(),
            meetings.Sum(),
            meetings.Count);
    }
}
