using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using TraffickingCare.Web.Identity;
using TraffickingCare.Web.Infrastructure.Mvc;

namespace TraffickingCare.Web.Features.Partners.PartnerContacts;

/// <summary>
/// The contact people of an institution, maintained by coordinators and administrators. They are professionals,
/// but their names, phones and addresses are personal data: never logged, correctable, removable.
/// </summary>
[Authorize(Policy = Policies.PartnerMaintainers)]
public sealed class PartnerContactsController(FormPost post) : Controller
{
    [HttpPost("Partners/AddContact/{partnerId:guid}")]
    public Task<IActionResult> Add(
        Guid partnerId, [Bind(Prefix = "ContactForm")] PartnerContactForm form, [FromServices] IValidator<PartnerContactForm> validator, [FromServices] AddPartnerContactHandler handler, [FromServices] PartnerPage page, CancellationToken ct) =>
        post.EndAsync(this, form, validator, f => handler.HandleAsync(partnerId, f, ct), page.End(this, partnerId, "Partners.Contacts.Added", form, ct), ct);

    [HttpGet("PartnerContacts/Edit/{contactId:guid}")]
    public async Task<IActionResult> Edit(Guid contactId, [FromServices] EditContactPageQuery query, CancellationToken ct) =>
        await query.GetAsync(contactId, ct) is { } model ? View(model) : NotFound();

    [HttpPost("PartnerContacts/Edit/{contactId:guid}")]
    public Task<IActionResult> Edit(
        Guid contactId, [Bind(Prefix = "ContactForm")] PartnerContactForm form, [FromServices] IValidator<PartnerContactForm> validator, [FromServices] EditPartnerContactHandler handler, [FromServices] EditContactPageQuery query, CancellationToken ct) =>
        post.EndAsync(this, form, validator, f => handler.HandleAsync(contactId, f, ct),
            new("Partners.Contacts.Saved", Done: r => PartnerPage.Show(r.Id!.Value), Again: result => EditAgainAsync(contactId, form, result, query, ct), Prefix: "ContactForm"), ct);

    [HttpPost("PartnerContacts/Remove/{contactId:guid}")]
    public Task<IActionResult> Remove(Guid contactId, int version, [FromServices] RemovePartnerContactHandler handler, CancellationToken ct) =>
        post.EndButtonAsync(this, () => handler.HandleAsync(contactId, version, ct), new("Partners.Contacts.Removed", Done: r => r.Id is { } partnerId ? PartnerPage.Show(partnerId) : RedirectToAction("Index", "Partners")));

    /// <summary>The typed values stay; after a conflict the page takes the contact's new version.</summary>
    private async Task<IActionResult> EditAgainAsync(Guid contactId, PartnerContactForm form, ChangeResult? result, EditContactPageQuery query, CancellationToken ct)
    {
        if (await query.GetAsync(contactId, ct) is not { } saved)
        {
            return NotFound();
        }

        if (result is { IsConflict: true })
        {
            form.Version = saved.ContactForm.Version;
            ModelState.Remove("ContactForm.Version");
        }

        return View(saved with { ContactForm = form });
    }
}
