using Microsoft.EntityFrameworkCore;
using TraffickingCare.Domain.Partners;
using TraffickingCare.Web.Data;
using TraffickingCare.Web.Infrastructure.Mvc;

namespace TraffickingCare.Web.Features.Partners;

/// <summary>Corrects an entry's own data; a save from a page older than the entry is refused (the second editor is told).</summary>
public sealed class EditPartnerHandler(AppDbContext db)
{
    public async Task<ChangeResult> HandleAsync(Guid partnerId, PartnerForm form, CancellationToken ct)
    {
        var partner = await db.Partners.SingleOrDefaultAsync(p => p.Id == partnerId, ct);
        if (partner is null)
        {
            return ChangeResult.NotFound;
        }

        db.Entry(partner).Property(p => p.Version).OriginalValue = form.Version ?? 0;
        return await ChangeResult.OfAsync(async () =>
        {
            partner.Describe(form.Name!, Enum.Parse<Sector>(form.Sector!), form.MunicipalityCode).Reach(form.Address, form.Phone, form.Email);
            await db.SaveChangesAsync(ct);
        });
    }
}
