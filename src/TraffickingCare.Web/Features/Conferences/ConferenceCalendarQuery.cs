using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using TraffickingCare.Web.Data;
using TraffickingCare.Web.Infrastructure.Time;

namespace TraffickingCare.Web.Features.Conferences;

/// <summary>
/// The conferences of a week or a month across the cases the user may see (the case access rule as a subquery), by
/// time: one query, served by the index on the conference time, bounded by the period and by <see cref="MaxRows"/>.
/// </summary>
public sealed class ConferenceCalendarQuery(AppDbContext db, ConferenceAccess access, CentreClock clock)
{
    public const int MaxRows = 500;

    public async Task<ConferenceCalendar> GetAsync(ClaimsPrincipal user, bool monthly, DateOnly? from, CancellationToken ct)
    {
        var start = ConferenceCalendar.StartOf(monthly, from ?? clock.Today);
        var end = ConferenceCalendar.EndOf(monthly, start);
        var startUtc = CentreClock.ToUtc(start, TimeOnly.MinValue);
        var endUtc = CentreClock.ToUtc(end, TimeOnly.MinValue);
        var rows = await access.Visible(user).AsNoTracking()
            .Where(c => c.StartsAtUtc >= startUtc && c.StartsAtUtc < endUtc)
            .OrderBy(c => c.StartsAtUtc)
            .Select(c => new ConferenceCalendarRow(
                c.Id,
                c.CaseId,
                db.Cases.Where(x => x.Id == c.CaseId).Select(x => x.Code).First(),
                c.StartsAtUtc,
                c.Place,
                db.Partners.Where(p => p.Id == c.PlacePartnerId).Select(p => p.Name).FirstOrDefault(),
                c.Status))
            .Take(MaxRows + 1)
            .ToListAsync(ct);
        return new ConferenceCalendar(monthly, start, end, [.. rows.Take(MaxRows)], rows.Count > MaxRows);
    }
}
