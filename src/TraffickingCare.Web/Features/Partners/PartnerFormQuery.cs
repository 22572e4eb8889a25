using Microsoft.EntityFrameworkCore;
using TraffickingCare.Web.Data;
using TraffickingCare.Web.Features.Shared.Lookups;

namespace TraffickingCare.Web.Features.Partners;

/// <summary>The create and edit pages: an entry's saved data as a form, and the municipalities offered (its own kept if retired).</summary>
public sealed class PartnerFormQuery(AppDbContext db, CodeListOptionsQuery codeLists)
{
    /// <summary>The entry as the edit form shows it; null when there is none (or it was merged away).</summary>
    public Task<PartnerForm?> SavedAsync(Guid partnerId, CancellationToken ct) =>
        db.Partners.AsNoTracking().Where(p => p.Id == partnerId)
            .Select(p => new PartnerForm
            {
                Name = p.Name,
                Sector = p.Sector.ToString(),
                MunicipalityCode = p.MunicipalityCode,
                HeldMunicipalityCode = p.MunicipalityCode,
                Address = p.Address,
                Phone = p.Phone,
                Email = p.Email,
                Version = p.Version,
            })
            .SingleOrDefaultAsync(ct);

    public async Task<PartnerFormPage> PageAsync(PartnerForm form, CancellationToken ct) =>
        new(form, await codeLists.GetAsync("Municipality", keep: form.HeldMunicipalityCode ?? form.MunicipalityCode, ct: ct));
}
