using Microsoft.EntityFrameworkCore;
using TraffickingCare.Web.Infrastructure.Time;

namespace TraffickingCare.Web.Data.Tallies;

/// <summary>
/// Keeps <see cref="DecisionWaitCount"/> equal to the cases first decided in each month by how many days they waited
/// since the local day their referral was received: one <c>GROUP BY</c> over the month of the first approved decision
/// (of any kind, kept on the case as <see cref="Domain.Cases.CaseFile.FirstDecidedOn"/>) and the days counted from the
/// UTC day of receipt. The referral's arrival is read from the case (<see cref="Domain.Cases.CaseFile.ProcedureStartedAtUtc"/>,
/// the same instant for a case opened from a referral), so the command reads one index and never the referrals. The
/// Centre's day is one or two hours ahead of UTC, so a referral received in the last two UTC hours of a day may belong
/// to the next local day: those few are grouped with their UTC day and hour as well, and .NET takes a day off where the
/// Centre's clock had already passed midnight.
/// </summary>
internal static class DecisionWaits
{
    private const int LateHour = 22;

    public static async Task RecountAsync(AppDbContext db, MonthRange range, CancellationToken ct)
    {
        var (first, last) = (range.First.FirstDay, range.Last.LastDay);
        var rows = await (from c in db.Cases
                          where c.FirstDecidedOn >= first && c.FirstDecidedOn <= last && c.ReferralId != null
                          let decided = c.FirstDecidedOn!.Value
                          let received = c.ProcedureStartedAtUtc
                          let late = received.Hour >= LateHour
                          select new
                          {
                              decided.Year,
                              decided.Month,
                              Days = decided.DayNumber - DateOnly.FromDateTime(received).DayNumber,
                              LateDay = late ? DateOnly.FromDateTime(received) : (DateOnly?)null,
                              LateHour = late ? received.Hour : 0,
                          } into x
                          group x by new { x.Year, x.Month, x.Days, x.LateDay, x.LateHour } into g
                          select new { g.Key.Year, g.Key.Month, g.Key.Days, g.Key.LateDay, g.Key.LateHour, Count = g.Count() }).ToListAsync(ct);

        await db.DecisionWaitCounts.In(range).ExecuteDeleteAsync(ct);

        // A late referral whose hour is already the next local day waited a day less (any minute in the hour will do:
        // the Centre's offset is whole hours).
        var waits = rows.GroupBy(r => (r.Year, r.Month, Days: r.LateDay is { } day && NextLocalDay(day, r.LateHour) ? r.Days - 1 : r.Days))
            .Select(g => new DecisionWaitCount(g.Key.Year, g.Key.Month, g.Key.Days, g.Sum(r => r.Count)));
        await AddedRowsWriter.InsertAsync(db, [.. waits], ct);
    }

    private static bool NextLocalDay(DateOnly utcDay, int hour) =>
        DateOnly.FromDateTime(CentreClock.ToLocal(utcDay.ToDateTime(new TimeOnly(hour, 0), DateTimeKind.Utc))) > utcDay;
}
