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

namespace TraffickingCare.Web.Features.Account;

[AllowAnonymous]
[AllowWithoutTwoFactor]
public sealed class AccountController(IStringLocalizer<SharedResource> l, SignInHandler signIn) : Controller
{
    [HttpGet]
    public IActionResult Login(string? returnUrl) => View(new LoginForm { ReturnUrl = LocalOrNull(returnUrl) });

    [HttpPost]
    [EnableRateLimiting(AppServices.SignInRateLimit)]
    public async Task<IActionResult> Login(LoginForm form, [FromServices] IValidator<LoginForm> validator, CancellationToken ct)
    {
        var validation = await validator.ValidateAsync(form, ct);
        if (validation.IsValid)
        {
            var result = await signIn.PasswordAsync(form.UserName!, form.Password!);
            if (Next(result, form.ReturnUrl) is { } next)
            {
                return next;
            }

            // One message for a wrong name, a wrong password and a disabled account: none is revealed.
            ModelState.AddModelError(string.Empty, l["Account.Login.Failed"]);
        }
        else
        {
            ModelState.AddErrors(validation);
        }

        ModelState.SetModelValue(nameof(LoginForm.Password), null, null);
        form.Password = null;
        return View(form);
    }

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

    [HttpPost]
    public async Task<IActionResult> Logout()
    {
        await signIn.SignOutAsync(User.Identity?.IsAuthenticated == true ? User.GetUserId() : null);
        return RedirectToAction(nameof(Login));
    }

    [HttpGet]
    public IActionResult Lockout() => View();

    [HttpGet]
    public IActionResult AccessDenied()
    {
        Response.StatusCode = StatusCodes.Status403Forbidden;
        return View();
    }

    [HttpGet]
    public async Task<IActionResult> SetPassword(string? userId, string? token, [FromServices] SetPasswordHandler handler) =>
        await handler.IsValidLinkAsync(userId, token)
            ? View(new SetPasswordForm { UserId = userId, Token = token })
            : View("SetPasswordInvalid");

    [HttpPost]
    [EnableRateLimiting(AppServices.SignInRateLimit)]
    public async Task<IActionResult> SetPassword(SetPasswordForm form, [FromServices] IValidator<SetPasswordForm> validator, [FromServices] SetPasswordHandler handler, CancellationToken ct)
    {
        var validation = await validator.ValidateAsync(form, ct);
        if (!validation.IsValid)
        {
            ModelState.AddErrors(validation);
            return View(ClearPasswords(form));
        }

        var result = await handler.HandleAsync(form);
        if (result is null || result.Errors.Any(e => e.Code == "InvalidToken"))
        {
            return View("SetPasswordInvalid");
        }

        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                ModelState.AddModelError(nameof(form.NewPassword), error.Description);
            }

            return View(ClearPasswords(form));
        }

        TempData.Flash(l["Account.SetPassword.Done"]);
        return RedirectToAction(nameof(Login));
    }

    private SetPasswordForm ClearPasswords(SetPasswordForm form)
    {
        form.NewPassword = form.ConfirmPassword = null;
        return form;
    }

    private IActionResult? Next(SignInResult result, string? returnUrl)
    {
        if (result.Succeeded)
        {
            return LocalRedirect(LocalOrNull(returnUrl) ?? "/");
        }

        if (result.RequiresTwoFactor)
        {
            return RedirectToAction(nameof(LoginWithTwoFactor), new { returnUrl = LocalOrNull(returnUrl) });
        }

        return result.IsLockedOut ? RedirectToAction(nameof(Lockout)) : null;
    }

    /// <summary>Only a path on this site: a crafted link must not send a user elsewhere after sign-in.</summary>
    private string? LocalOrNull(string? returnUrl) => Url.IsLocalUrl(returnUrl) ? returnUrl : null;
}
