using Microsoft.EntityFrameworkCore;
using TraffickingCare.Domain.Partners;
using TraffickingCare.Domain.People;
using TraffickingCare.Web.Data;
using TraffickingCare.Web.Features.Shared.Lookups;

namespace TraffickingCare.Web.Features.Partners;

/// <summary>
/// The directory, filtered and paged in the database. Every word of the query must occur in the entry's
/// search key (<see cref="PartnerNames"/>): "Ниш", "Nis" and "Niš" find the same entries.
/// Entries merged into another are gone (soft-deleted) and never listed.
/// </summary>
public sealed class PartnerListQuery(AppDbContext db, CodeListOptionsQuery codeLists)
{
    public async Task<PartnerListViewModel> GetAsync(PartnerListFilter filter, CancellationToken ct)
    {
        var query = db.Partners.AsNoTracking().Named(NameKeys.Words(filter.Q));

        if (Enum.TryParse<Sector>(filter.Sector, out var sector) && Enum.IsDefined(sector))
        {
            query = query.Where(p => p.Sector == sector);
        }

        if (!string.IsNullOrWhiteSpace(filter.Municipality))
        {
            var municipality = filter.Municipality.Trim();
            query = query.Where(p => p.MunicipalityCode == municipality);
        }

        var total = await query.CountAsync(ct);
        filter.Page = Math.Clamp(filter.Page, 1, Math.Max(1, (total + PartnerListFilter.PageSize - 1) / PartnerListFilter.PageSize));
        var rows = await query
            .OrderBy(p => p.Name).ThenBy(p => p.Id)
            .Skip((filter.Page - 1) * PartnerListFilter.PageSize)
            .Take(PartnerListFilter.PageSize)
            .Select(p => new PartnerListRow(p.Id, p.Name, p.Sector, p.MunicipalityCode, p.Phone, p.Email))
            .ToListAsync(ct);
        var municipalities = await codeLists.GetAsync("Municipality", ct: ct);
        return new PartnerListViewModel(filter, rows, total, municipalities);
    }
}
