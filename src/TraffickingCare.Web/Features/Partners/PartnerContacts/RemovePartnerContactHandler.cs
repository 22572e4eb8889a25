using TraffickingCare.Web.Data;
using TraffickingCare.Web.Infrastructure.Mvc;

namespace TraffickingCare.Web.Features.Partners.PartnerContacts;

/// <summary>Removes a contact person (soft: the row stays for the audit trail, hidden everywhere).</summary>
public sealed class RemovePartnerContactHandler(PartnerContactChange change, AppDbContext db)
{
    public Task<ChangeResult> HandleAsync(Guid contactId, CancellationToken ct) =>
        change.ApplyAsync(contactId, seenVersion: null, (_, contact) =>
        {
            db.PartnerContacts.Remove(contact);
            return null;
        }, ct);
}
