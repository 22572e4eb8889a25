using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using TraffickingCare.Web.Identity;
using TraffickingCare.Web.Infrastructure.Mvc;
using TraffickingCare.Web.Infrastructure.Startup;
using TraffickingCare.Web.Resources;

namespace TraffickingCare.Web.Features.Account;

/// <summary>Signing in with a password, and out. The second step is in <c>TwoFactorSignIn</c>, the one-time link in <c>SetPassword</c>.</summary>
[AllowAnonymous]
[AllowWithoutTwoFactor]
public sealed class AccountController(IStringLocalizer<SharedResource> l) : Controller
{
    [HttpGet]
    public IActionResult Login(string? returnUrl) => View(new LoginForm { ReturnUrl = this.LocalOrNull(returnUrl) });

    /// <summary>A sign-in step, not a change: it ends with <see cref="SignInAnswers"/> rather than <see cref="FormPost"/>.</summary>
    [HttpPost]
    [EnableRateLimiting(AppServices.SignInRateLimit)]
    public async Task<IActionResult> Login(LoginForm form, [FromServices] IValidator<LoginForm> validator, [FromServices] PasswordSignInHandler handler, CancellationToken ct)
    {
        var validation = await validator.ValidateAsync(form, ct);
        if (validation.IsValid)
        {
            if (this.Next(await handler.HandleAsync(form), form.ReturnUrl) is { } next)
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

    /// <summary>Nothing to report: the answer is the sign-in page.</summary>
    [HttpPost]
    public async Task<IActionResult> Logout([FromServices] SignOutHandler handler)
    {
        await handler.HandleAsync(User.Identity?.IsAuthenticated == true ? User.GetUserId() : null);
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
}
