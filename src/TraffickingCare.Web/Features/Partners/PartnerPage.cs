using Microsoft.AspNetCore.Mvc;
using TraffickingCare.Web.Features.Partners.PartnerContacts;
using TraffickingCare.Web.Infrastructure.Mvc;

namespace TraffickingCare.Web.Features.Partners;

/// <summary>
/// The partner's page, for the forms on it: back to it when a change is done, or the page again when refused,
/// the entry as it is now with what was typed.
/// </summary>
public sealed class PartnerPage(PartnerDetailsQuery query)
{
    public const string View = nameof(PartnersController.Details);

    public static IActionResult Show(Guid partnerId) => new RedirectToActionResult(View, "Partners", new { partnerId });

    public PostEnd End(Controller controller, Guid partnerId, string doneKey, PartnerContactForm typed, CancellationToken ct) =>
        new(doneKey, Done: _ => Show(partnerId), Again: async _ =>
        {
            var model = await query.GetAsync(partnerId, ct);
            return model is null ? controller.NotFound() : controller.View(View, model with { ContactForm = typed });
        }, Prefix: "ContactForm");
}
