using TraffickingCare.Web.Data;
using TraffickingCare.Web.Infrastructure.Mvc;

namespace TraffickingCare.Web.Features.Partners.PartnerContacts;

/// <summary>
/// Removes a contact person (soft: the row stays for the audit trail, hidden everywhere), from the version the page
/// showed: a contact corrected meanwhile is not removed unseen.
/// </summary>
public sealed class RemovePartnerContactHandler(PartnerContactChange change, AppDbContext db)
{
    public Task<ChangeResult> HandleAsync(Guid contactId, int version, CancellationToken ct) =>
        change.ApplyAsync(contactId, version, (_, contact) =>
        {
            db.PartnerContacts.Remove(contact);
            return null;
        }, ct);
}
