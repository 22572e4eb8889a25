using Microsoft.EntityFrameworkCore;
using TraffickingCare.Web.Data;
using TraffickingCare.Web.Features.Shared.Lookups;

namespace TraffickingCare.Web.Features.Partners;

/// <summary>One entry with its live contact people (one query), and its municipality's label.</summary>
public sealed class PartnerDetailsQuery(AppDbContext db, CodeListOptionsQuery codeLists)
{
    public async Task<PartnerDetailsViewModel?> GetAsync(Guid partnerId, CancellationToken ct)
    {
        var model = await db.Partners.AsNoTracking().Where(p => p.Id == partnerId)
            .Select(p => new PartnerDetailsViewModel(
                p.Id,
                p.Name,
                p.Sector,
                p.MunicipalityCode,
                p.Address,
                p.Phone,
                p.Email,
                p.Contacts.OrderBy(c => c.Name).ThenBy(c => c.Id).Select(c => new PartnerContactRow(c.Id, c.Name, c.Function, c.Phone, c.Email, c.Version)).ToList()))
            .SingleOrDefaultAsync(ct);
        if (model?.MunicipalityCode is not { } code)
        {
            return model;
        }

        var labels = await codeLists.GetLabelsAsync(["Municipality"], [code], ct);
        return model with { MunicipalityLabel = labels.GetValueOrDefault(("Municipality", code), code) };
    }
}
