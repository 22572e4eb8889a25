using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using TraffickingCare.Web.Infrastructure.Mvc;
using TraffickingCare.Web.Infrastructure.Startup;

namespace TraffickingCare.Web.Features.Account;

/// <summary>The second sign-in step: an authenticator code, or a single-use recovery code.</summary>
public sealed partial class AccountController
{
    [HttpGet]
    public async Task<IActionResult> LoginWithTwoFactor(string? returnUrl) =>
        await signIn.HasPendingTwoFactorAsync()
            ? View(new LoginWithTwoFactorForm { ReturnUrl = LocalOrNull(returnUrl) })
            : RedirectToAction(nameof(Login));

    [HttpPost]
    [EnableRateLimiting(AppServices.SignInRateLimit)]
    public async Task<IActionResult> LoginWithTwoFactor(LoginWithTwoFactorForm form, [FromServices] IValidator<LoginWithTwoFactorForm> validator, CancellationToken ct)
    {
        var validation = await validator.ValidateAsync(form, ct);
        if (!validation.IsValid)
        {
            ModelState.AddErrors(validation);
            return View(form);
        }

        var result = await signIn.AuthenticatorAsync(form.NormalisedCode);
        if (result is null)
        {
            return RedirectToAction(nameof(Login));
        }

        if (Next(result, form.ReturnUrl) is { } next)
        {
            return next;
        }

        ModelState.AddModelError(nameof(form.Code), l["Account.TwoFactor.CodeInvalid"]);
        ModelState.SetModelValue(nameof(form.Code), null, null);
        return View(form);
    }

    [HttpGet]
    public async Task<IActionResult> LoginWithRecoveryCode(string? returnUrl) =>
        await signIn.HasPendingTwoFactorAsync()
            ? View(new LoginWithRecoveryCodeForm { ReturnUrl = LocalOrNull(returnUrl) })
            : RedirectToAction(nameof(Login));

    [HttpPost]
    [EnableRateLimiting(AppServices.SignInRateLimit)]
    public async Task<IActionResult> LoginWithRecoveryCode(LoginWithRecoveryCodeForm form, [FromServices] IValidator<LoginWithRecoveryCodeForm> validator, CancellationToken ct)
    {
        var validation = await validator.ValidateAsync(form, ct);
        if (!validation.IsValid)
        {
            ModelState.AddErrors(validation);
            return View(form);
        }

        var result = await signIn.RecoveryCodeAsync(form.NormalisedCode);
        if (result is null)
        {
            return RedirectToAction(nameof(Login));
        }

        if (Next(result, form.ReturnUrl) is { } next)
        {
            return next;
        }

        ModelState.AddModelError(nameof(form.RecoveryCode), l["Account.RecoveryCode.Invalid"]);
        return View(form);
    }
}
