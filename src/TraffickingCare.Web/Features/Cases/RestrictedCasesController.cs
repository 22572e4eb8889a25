using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using TraffickingCare.Web.Features.Shared.Access;
using TraffickingCare.Web.Identity;
using TraffickingCare.Web.Infrastructure.Mvc;
using TraffickingCare.Web.Resources;

namespace TraffickingCare.Web.Features.Cases;

/// <summary>
/// Management opens a restricted case only by naming it and saying why. The reason goes into the
/// audit trail, and that entry lets this manager read the case for <see cref="CaseAccess.RestrictedAccessWindow"/>.
/// </summary>
[Authorize(Roles = Roles.Management)]
public sealed class RestrictedCasesController(IStringLocalizer<SharedResource> l) : Controller
{
    private const string FormView = "/Features/Cases/OpenRestricted.cshtml";

    [HttpGet]
    public IActionResult Open() => View(FormView, new RestrictedCaseAccessForm());

    [HttpPost]
    public async Task<IActionResult> Open(
        RestrictedCaseAccessForm form,
        [FromServices] IValidator<RestrictedCaseAccessForm> validator,
        [FromServices] RestrictedCaseAccessHandler handler,
        CancellationToken ct)
    {
        var validation = await validator.ValidateAsync(form, ct);
        if (validation.IsValid && await handler.OpenAsync(form, ct) is { } id)
        {
            return RedirectToAction(nameof(CasesController.Details), "Cases", new { id });
        }

        ModelState.AddErrors(validation);
        if (validation.IsValid)
        {
            ModelState.AddModelError(nameof(RestrictedCaseAccessForm.CaseCode), l["Referrals.Triage.Errors.CaseNotFound"]);
        }

        return View(FormView, form);
    }
}
