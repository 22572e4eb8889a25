using Microsoft.EntityFrameworkCore;
using TraffickingCare.Domain.Activity;
using TraffickingCare.Web.Data;
using TraffickingCare.Web.Features.Shared.Lookups;
using TraffickingCare.Web.Infrastructure.Time;

namespace TraffickingCare.Web.Features.Activity.AwarenessEvents;

/// <summary>
/// The events, newest first, filtered and paged in the database. The page's partners and place labels come in one
/// query each, whatever the number of rows: the page costs the same few SQL commands for 10 events or 10,000.
/// </summary>
public sealed class EventListQuery(AppDbContext db, CodeListOptionsQuery codeLists, CentreClock clock)
{
    public async Task<EventListViewModel> GetAsync(EventListFilter filter, CancellationToken ct)
    {
        var query = db.AwarenessEvents.AsNoTracking();
        if (filter.Year is int year and >= 2000 and <= 2199)
        {
            var from = new DateOnly(year, 1, 1);
            var to = new DateOnly(year, 12, 31);
            query = query.Where(e => e.HeldOn >= from && e.HeldOn <= to);
        }

        if (Enum.TryParse<AwarenessEventKind>(filter.Kind, out var kind) && Enum.IsDefined(kind) && !int.TryParse(filter.Kind, out _))
        {
            query = query.Where(e => e.Kind == kind);
        }

        var total = await query.CountAsync(ct);
        filter.Page = Math.Clamp(filter.Page, 1, Math.Max(1, (total + EventListFilter.PageSize - 1) / EventListFilter.PageSize));
        var rows = await query
            .OrderByDescending(e => e.HeldOn).ThenByDescending(e => e.CreatedAtUtc).ThenBy(e => e.Id)
            .Skip((filter.Page - 1) * EventListFilter.PageSize)
            .Take(EventListFilter.PageSize)
            .Select(e => new EventListRow(e.Id, e.HeldOn, e.Kind, e.Title, e.MunicipalityCode, e.PeopleReached))
            .ToListAsync(ct);

        var ids = rows.Select(r => r.Id).ToList();
        var partners = await db.AwarenessEventPartners.AsNoTracking()
            .Where(p => ids.Contains(p.EventId) && !p.IsDeleted)

            // A partner merged away in the directory is soft-deleted there, yet took part: its name stays. Ignoring
            // the filters covers the whole query, hence the explicit check on the event's own partner rows.
            .Join(db.Partners.IgnoreQueryFilters(), p => p.PartnerId, d => d.Id, (p, d) => new { p.EventId, d.Name })
            .OrderBy(x => x.Name)
            .ToListAsync(ct);
        var byEvent = partners.ToLookup(p => p.EventId, p => p.Name);

        var codes = rows.Select(r => r.MunicipalityCode).OfType<string>().Distinct().ToList();
        var labels = await codeLists.GetLabelsAsync(["Municipality"], codes, ct);

        var first = await db.AwarenessEvents.MinAsync(e => (DateOnly?)e.HeldOn, ct);
        var thisYear = clock.Today.Year + 1; // an event may be recorded up to a year ahead
        filter.Years = [.. Enumerable.Range(0, Math.Max(1, thisYear - Math.Min(first?.Year ?? thisYear, thisYear) + 1)).Select(i => thisYear - i)];

        return new EventListViewModel(
            filter,
            [.. rows.Select(r => r with { Partners = [.. byEvent[r.Id]] })],
            total,
            labels.ToDictionary(l => l.Key.Code, l => l.Value));
    }
}
