using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using TraffickingCare.Web.Identity;
using TraffickingCare.Web.Infrastructure.Mvc;
using TraffickingCare.Web.Infrastructure.Startup;
using TraffickingCare.Web.Resources;
using SignInResult = Microsoft.AspNetCore.Identity.SignInResult;

namespace TraffickingCare.Web.Features.Account.TwoFactorSignIn;

/// <summary>
/// The second sign-in step: an authenticator code, or a single-use recovery code. Sign-in steps, not changes:
/// they end with <see cref="SignInAnswers"/> (no message; the page asked for, the lockout page, or the form again).
/// </summary>
[AllowAnonymous]
[AllowWithoutTwoFactor]
public sealed class TwoFactorSignInController(IStringLocalizer<SharedResource> l, PendingSignInQuery pending) : Controller
{
    [HttpGet("Account/LoginWithTwoFactor")]
    public async Task<IActionResult> LoginWithTwoFactor(string? returnUrl) =>
        await pending.IsPendingAsync() ? View(new LoginWithTwoFactorForm { ReturnUrl = this.LocalOrNull(returnUrl) }) : this.BackToLogin();

    [HttpPost("Account/LoginWithTwoFactor")]
    [EnableRateLimiting(AppServices.SignInRateLimit)]
    public Task<IActionResult> LoginWithTwoFactor(
        LoginWithTwoFactorForm form, [FromServices] IValidator<LoginWithTwoFactorForm> validator, [FromServices] AuthenticatorSignInHandler handler, CancellationToken ct) =>
        StepAsync(form, validator, () => handler.HandleAsync(form), form.ReturnUrl, nameof(form.Code), "Account.TwoFactor.CodeInvalid", forgetCode: true, ct);

    [HttpGet("Account/LoginWithRecoveryCode")]
    public async Task<IActionResult> LoginWithRecoveryCode(string? returnUrl) =>
        await pending.IsPendingAsync() ? View(new LoginWithRecoveryCodeForm { ReturnUrl = this.LocalOrNull(returnUrl) }) : this.BackToLogin();

    [HttpPost("Account/LoginWithRecoveryCode")]
    [EnableRateLimiting(AppServices.SignInRateLimit)]
    public Task<IActionResult> LoginWithRecoveryCode(
        LoginWithRecoveryCodeForm form, [FromServices] IValidator<LoginWithRecoveryCodeForm> validator, [FromServices] RecoveryCodeSignInHandler handler, CancellationToken ct) =>
        StepAsync(form, validator, () => handler.HandleAsync(form), form.ReturnUrl, nameof(form.RecoveryCode), "Account.RecoveryCode.Invalid", forgetCode: false, ct);

    /// <param name="forgetCode">Empty the field after a wrong code (an authenticator code is stale by the next try anyway).</param>
    private async Task<IActionResult> StepAsync<TForm>(
        TForm form, IValidator<TForm> validator, Func<Task<SignInResult?>> step, string? returnUrl, string codeField, string refusedKey, bool forgetCode, CancellationToken ct)
    {
        var validation = await validator.ValidateAsync(form, ct);
        if (!validation.IsValid)
        {
            ModelState.AddErrors(validation);
            return View(form);
        }

        // Null: no password step is pending (the two-factor cookie is missing or expired).
        if (await step() is not { } result)
        {
            return this.BackToLogin();
        }

        if (this.Next(result, returnUrl) is { } next)
        {
            return next;
        }

        ModelState.AddModelError(codeField, l[refusedKey]);
        if (forgetCode)
        {
            ModelState.SetModelValue(codeField, null, null);
        }

        return View(form);
    }
}
