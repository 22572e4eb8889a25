using Microsoft.EntityFrameworkCore;
using TraffickingCare.Web.Data;
using TraffickingCare.Web.Infrastructure.Time;

namespace TraffickingCare.Web.Features.Reports.Annual;

/// <summary>
/// The cases first decided in each year by how many days they waited since the local day their referral was received,
/// in one SQL command: a <c>GROUP BY</c> over the year of the first approved decision (of any kind, kept on the case as
/// <see cref="Domain.Cases.CaseFile.FirstDecidedOn"/>) and the days counted from the UTC day of receipt; .NET then puts
/// the days into <see cref="Domain.Reports.DecisionTimes"/> bands. The referral's arrival is read from the case
/// (<see cref="Domain.Cases.CaseFile.ProcedureStartedAtUtc"/>, the same instant for a case opened from a referral), so
/// the command reads one index and never the referrals: at a million cases the two lookups a case were most of the
/// report's time. The Centre's day is one or two hours ahead of UTC, so a referral received in the last two UTC hours
/// of a day may belong to the next local day: those few are grouped with their UTC day and hour as well, and .NET takes
/// a day off where the Centre's clock had already passed midnight.
/// </summary>
internal sealed class DecisionTimeQuery(AppDbContext db)
{
    private const int LateHour = 22;

    public async Task<IReadOnlyList<WaitCount>> GetAsync(ReportYears span, CancellationToken ct)
    {
        var (first, last) = (span.FirstDay, span.LastDay);
        var rows = await (from c in db.Cases
                          where c.FirstDecidedOn >= first && c.FirstDecidedOn <= last && c.ReferralId != null
                          let decided = c.FirstDecidedOn!.Value
                          let received = c.ProcedureStartedAtUtc
                          let late = received.Hour >= LateHour
                          select new
                          {
                              decided.Year,
                              Days = decided.DayNumber - DateOnly.FromDateTime(received).DayNumber,
                              LateDay = late ? DateOnly.FromDateTime(received) : (DateOnly?)null,
                              LateHour = late ? received.Hour : 0,
                          } into x
                          group x by new { x.Year, x.Days, x.LateDay, x.LateHour } into g
                          select new { g.Key.Year, g.Key.Days, g.Key.LateDay, g.Key.LateHour, Count = g.Count() }).ToListAsync(ct);

        // A late referral whose hour is already the next local day waited a day less (any minute in the hour will do:
        // the Centre's offset is whole hours).
        return [.. rows.Select(r => new WaitCount(r.Year, r.LateDay is { } day && NextLocalDay(day, r.LateHour) ? r.Days - 1 : r.Days, r.Count))];
    }

    private static bool NextLocalDay(DateOnly utcDay, int hour) =>
        DateOnly.FromDateTime(CentreClock.ToLocal(utcDay.ToDateTime(new TimeOnly(hour, 0), DateTimeKind.Utc))) > utcDay;
}

internal sealed record WaitCount(int Year, int Days, int Count);
