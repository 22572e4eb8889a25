using TraffickingCare.Domain.Partners;
using TraffickingCare.Web.Data;
using TraffickingCare.Web.Infrastructure.Mvc;

namespace TraffickingCare.Web.Features.Partners;

/// <summary>Adds an institution to the directory; the answer names the new entry.</summary>
public sealed class CreatePartnerHandler(AppDbContext db)
{
    public Task<ChangeResult> HandleAsync(PartnerForm form, CancellationToken ct) =>
        ChangeResult.OfAsync(async () =>
        {
            var partner = Partner.Create(form.Name!, Enum.Parse<Sector>(form.Sector!), form.MunicipalityCode)
                .Reach(form.Address, form.Phone, form.Email);
            db.Partners.Add(partner);
            await db.SaveChangesAsync(ct);
            return ChangeResult.Done with { Id = partner.Id };
        });
}
