using Microsoft.EntityFrameworkCore;
using TraffickingCare.Web.Data;

namespace TraffickingCare.Web.Features.Partners.PartnerContacts;

public sealed class EditContactPageQuery(AppDbContext db)
{
    /// <summary>The contact as saved (or, with <paramref name="typed"/>, as typed with the saved version); null when there is none.</summary>
    public Task<EditContactPage?> GetAsync(Guid contactId, CancellationToken ct) =>
        db.PartnerContacts.AsNoTracking().Where(c => c.Id == contactId)
            .Join(db.Partners, c => c.PartnerId, p => p.Id, (c, p) => new EditContactPage(
                p.Id, p.Name, c.Id, new PartnerContactForm { Name = c.Name, Function = c.Function, Phone = c.Phone, Email = c.Email, Version = c.Version }))
            .SingleOrDefaultAsync(ct);
}
