using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using TraffickingCare.Web.Identity;
using TraffickingCare.Web.Infrastructure.Mvc;
using TraffickingCare.Web.Infrastructure.Startup;
using TraffickingCare.Web.Resources;

namespace TraffickingCare.Web.Features.TwoFactor;

public sealed class TwoFactorController(IStringLocalizer<SharedResource> l, TwoFactorHandler handler) : Controller
{
    [HttpGet]
    [AllowWithoutTwoFactor]
    public async Task<IActionResult> Index() => View(await handler.StatusAsync(User));

    [HttpGet]
    [AllowWithoutTwoFactor]
    public async Task<IActionResult> Enable() =>
        await handler.IsEnabledAsync(User)
            ? RedirectToAction(nameof(Index))
            : View(await handler.EnrolmentAsync(User));

    [HttpPost]
    [AllowWithoutTwoFactor]
    [EnableRateLimiting(AppServices.SignInRateLimit)]
    public async Task<IActionResult> Enable(EnableTwoFactorForm form, [FromServices] IValidator<EnableTwoFactorForm> validator, CancellationToken ct)
    {
        if (await handler.IsEnabledAsync(User))
        {
            return RedirectToAction(nameof(Index));
        }

        var validation = await validator.ValidateAsync(form, ct);
        if (validation.IsValid && await handler.EnableAsync(User, form.NormalisedCode) is { } codes)
        {
            TempData.Flash(l["TwoFactor.Enable.Done"]);
            return View("RecoveryCodes", new RecoveryCodesViewModel(codes));
        }

        if (validation.IsValid)
        {
            ModelState.AddModelError(nameof(form.Code), l["TwoFactor.Enable.CodeInvalid"]);
        }
        else
        {
            ModelState.AddErrors(validation);
        }

        ModelState.SetModelValue(nameof(form.Code), null, null);
        return View(await handler.EnrolmentAsync(User));
    }

    [HttpPost]
    public async Task<IActionResult> GenerateRecoveryCodes()
    {
        if (!await handler.IsEnabledAsync(User))
        {
            return RedirectToAction(nameof(Enable));
        }

        return View("RecoveryCodes", new RecoveryCodesViewModel(await handler.GenerateRecoveryCodesAsync(User)));
    }

    [HttpPost]
    public async Task<IActionResult> Disable()
    {
        if (await handler.DisableAsync(User))
        {
            TempData.Flash(l["TwoFactor.Disable.Done"]);
        }
        else
        {
            TempData.FlashError(l["TwoFactor.Disable.Required"]);
        }

        return RedirectToAction(nameof(Index));
    }
}
