using Microsoft.EntityFrameworkCore;
using TraffickingCare.Web.Data;
using TraffickingCare.Web.Infrastructure.Mvc;

namespace TraffickingCare.Web.Features.Partners.PartnerContacts;

public sealed class AddPartnerContactHandler(AppDbContext db)
{
    public async Task<ChangeResult> HandleAsync(Guid partnerId, PartnerContactForm form, CancellationToken ct)
    {
        var partner = await db.Partners.Include(p => p.Contacts).SingleOrDefaultAsync(p => p.Id == partnerId, ct);
        if (partner is null)
        {
            return ChangeResult.NotFound;
        }

        return await ChangeResult.OfAsync(async () =>
        {
            partner.AddContact(form.Name!, form.Function, form.Phone, form.Email);
            await db.SaveChangesAsync(ct);
        });
    }
}
