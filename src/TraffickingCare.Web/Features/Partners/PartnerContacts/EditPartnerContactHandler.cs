using TraffickingCare.Web.Infrastructure.Mvc;

namespace TraffickingCare.Web.Features.Partners.PartnerContacts;

public sealed class EditPartnerContactHandler(PartnerContactChange change)
{
    public Task<ChangeResult> HandleAsync(Guid contactId, PartnerContactForm form, CancellationToken ct) =>
        change.ApplyAsync(contactId, form.Version ?? 0, (_, contact) =>
        {
            contact.Describe(form.Name!, form.Function, form.Phone, form.Email);
            return null;
        }, ct);
}
