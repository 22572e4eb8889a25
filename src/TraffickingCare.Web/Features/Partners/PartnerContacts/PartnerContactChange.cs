using Microsoft.EntityFrameworkCore;
using TraffickingCare.Domain.Partners;
using TraffickingCare.Web.Data;
using TraffickingCare.Web.Infrastructure.Mvc;

namespace TraffickingCare.Web.Features.Partners.PartnerContacts;

/// <summary>
/// How the contact handlers change a contact person: the partner is loaded with its contacts (a contact is part
/// of it, and moves its version), the change applied, the save made with the version the page showed.
/// </summary>
public sealed class PartnerContactChange(AppDbContext db)
{
    public async Task<ChangeResult> ApplyAsync(Guid contactId, int? seenVersion, Func<Partner, PartnerContact, ChangeResult?> change, CancellationToken ct)
    {
        var partnerId = await db.PartnerContacts.Where(c => c.Id == contactId).Select(c => (Guid?)c.PartnerId).SingleOrDefaultAsync(ct);
        var partner = partnerId is null ? null : await db.Partners.Include(p => p.Contacts).SingleOrDefaultAsync(p => p.Id == partnerId, ct);
        var contact = partner?.Contacts.SingleOrDefault(c => c.Id == contactId);
        if (partner is null || contact is null)
        {
            return ChangeResult.NotFound;
        }

        if (seenVersion is { } version)
        {
            db.Entry(contact).Property(c => c.Version).OriginalValue = version;
        }

        return await ChangeResult.OfAsync(async () =>
        {
            var result = change(partner, contact) ?? ChangeResult.Done;
            await db.SaveChangesAsync(ct);
            return result with { Id = partner.Id };
        });
    }
}
