using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using TraffickingCare.Web.Data;
using TraffickingCare.Web.Infrastructure.Time;

namespace TraffickingCare.Web.Features.Proceedings.Hearings;

/// <summary>
/// The hearings of a week or a month across the cases the user may see (the case access rule as a subquery),
/// by time: one query, served by the index on the hearing time, bounded by the period and by <see cref="MaxRows"/>.
/// </summary>
public sealed class HearingCalendarQuery(AppDbContext db, ProceedingScope scope, CentreClock clock)
{
    public const int MaxRows = 500;

    public async Task<HearingCalendar> GetAsync(ClaimsPrincipal user, CalendarView view, DateOnly? from, CancellationToken ct)
    {
        var start = HearingCalendar.StartOf(view, from ?? clock.Today);
        var end = HearingCalendar.EndOf(view, start);
        var startUtc = CentreClock.ToUtc(start, TimeOnly.MinValue);
        var endUtc = CentreClock.ToUtc(end, TimeOnly.MinValue);
        var rows = await scope.VisibleHearings(user).AsNoTracking()
            .Where(h => h.StartsAtUtc >= startUtc && h.StartsAtUtc < endUtc)
            .OrderBy(h => h.StartsAtUtc)
            .Select(h => new CalendarRow(
                h.Id,
                db.Cases.Where(c => c.Id == h.CaseId).Select(c => c.Code).First(),
                h.StartsAtUtc,
                db.Partners.Where(c => c.Id == h.CourtId).Select(c => c.Name).FirstOrDefault() ?? string.Empty,
                h.Kind,
                db.Users.Where(u => u.Id == h.EscortUserId).Select(u => u.DisplayName).FirstOrDefault()
                    ?? db.Partners.Where(e => e.Id == h.EscortPartnerId).Select(e => e.Name).FirstOrDefault(),
                h.PsychologicalSupport))
            .Take(MaxRows + 1)
            .ToListAsync(ct);
        return new HearingCalendar(view, start, end, rows.Take(MaxRows).ToList(), rows.Count > MaxRows);
    }
}
