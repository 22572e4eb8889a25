using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using TraffickingCare.Web.Identity;
using TraffickingCare.Web.Infrastructure.Mvc;
using TraffickingCare.Web.Resources;

namespace TraffickingCare.Web.Features.Referrals;

[Authorize(Roles = Roles.Caseworker + "," + Roles.Coordinator)]
public sealed class ReferralsController(IStringLocalizer<SharedResource> l) : Controller
{
    [HttpGet]
    public async Task<IActionResult> Index(ReferralRegisterFilter filter, [FromServices] ReferralRegisterQuery query, CancellationToken ct) =>
        View(await query.GetAsync(filter, User, ct));

    [HttpGet]
    public async Task<IActionResult> Log([FromServices] LogReferralPageQuery page, CancellationToken ct) =>
        View(await page.GetAsync(page.NewForm(), ct));

    [HttpPost]
    public async Task<IActionResult> Log(
        [Bind(Prefix = "Form")] LogReferralForm form,
        [FromServices] IValidator<LogReferralForm> validator,
        [FromServices] LogReferralHandler handler,
        [FromServices] LogReferralPageQuery page,
        CancellationToken ct)
    {
        var result = await validator.ValidateAsync(form, ct);
        if (!result.IsValid)
        {
            ModelState.AddErrors(result, prefix: "Form");
            return View(await page.GetAsync(form, ct));
        }

        var id = await handler.HandleAsync(form, User.GetUserId(), ct);
        TempData.Flash(l["Referrals.Logged"]);
        return RedirectToAction(nameof(Details), new { id });
    }

    [HttpGet]
    [AuditView("Referral")]
    public async Task<IActionResult> Details(Guid id, [FromServices] ReferralDetailsQuery query, CancellationToken ct)
    {
        var model = await query.GetAsync(id, User, ct);
        return model is null ? NotFound() : View(model);
    }
}
