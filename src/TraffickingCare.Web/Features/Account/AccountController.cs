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
public sealed partial class AccountController(IStringLocalizer<SharedResource> l, SignInHandler signIn) : Controller
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
