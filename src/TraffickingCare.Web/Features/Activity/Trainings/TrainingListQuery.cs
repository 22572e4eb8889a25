using Microsoft.EntityFrameworkCore;
using TraffickingCare.Web.Data;
using TraffickingCare.Web.Features.Shared.Lookups;
using TraffickingCare.Web.Infrastructure.Time;

namespace TraffickingCare.Web.Features.Activity.Trainings;

/// <summary>
/// The trainings, newest first, filtered and paged in the database; each row (with its sector's count) is projected
/// in the one query, so a page costs the same few SQL commands however many rows it shows.
/// </summary>
public sealed class TrainingListQuery(AppDbContext db, CodeListOptionsQuery codeLists, CentreClock clock)
{
    public async Task<TrainingListViewModel> GetAsync(TrainingListFilter filter, CancellationToken ct)
    {
        var query = db.Trainings.AsNoTracking();
        if (filter.Year is { } year and >= 2000 and <= 2199)
        {
            var from = new DateOnly(year, 1, 1);
            var to = from.AddYears(1);
            query = query.Where(t => t.HeldOn >= from && t.HeldOn < to);
        }

        var sector = string.IsNullOrWhiteSpace(filter.Sector) ? null : filter.Sector.Trim();
        if (sector is not null)
        {
            query = query.Where(t => t.Sectors.Any(s => s.SectorCode == sector && s.Count > 0));
        }

        if (!string.IsNullOrWhiteSpace(filter.Municipality))
        {
            var municipality = filter.Municipality.Trim();
            query = query.Where(t => t.MunicipalityCode == municipality);
        }

        var total = await query.CountAsync(ct);
        filter.Page = Math.Clamp(filter.Page, 1, Math.Max(1, (total + TrainingListFilter.PageSize - 1) / TrainingListFilter.PageSize));
        var rows = await query
            .OrderByDescending(t => t.HeldOn).ThenByDescending(t => t.Id)
            .Skip((filter.Page - 1) * TrainingListFilter.PageSize)
            .Take(TrainingListFilter.PageSize)
            .Select(t => new TrainingListRow(
                t.Id, t.HeldOn, t.Topic, t.MunicipalityCode, t.Hours, t.Accredited, t.AccreditationNumber, t.Women + t.Men + t.SexNotStated,
                sector == null ? null : t.Sectors.Where(s => s.SectorCode == sector).Sum(s => (int?)s.Count) ?? 0))
            .ToListAsync(ct);
        filter.Choices = await ChoicesAsync(ct);
        return new TrainingListViewModel(filter, rows, total);
    }

    private async Task<TrainingFilterChoices> ChoicesAsync(CancellationToken ct)
    {
        var earliest = await db.Trainings.AsNoTracking().MinAsync(t => (DateOnly?)t.HeldOn, ct);
        var latest = clock.Today.Year + 1;
        var years = Enumerable.Range(earliest?.Year ?? clock.Today.Year, Math.Max(0, latest - (earliest?.Year ?? clock.Today.Year) + 1)).Reverse().ToList();
        var lists = await codeLists.GetManyAsync([(TrainingFormValidator.SectorList, []), ("Municipality", [])], ct);
        return new(years, lists[TrainingFormValidator.SectorList], lists["Municipality"]);
    }
}
