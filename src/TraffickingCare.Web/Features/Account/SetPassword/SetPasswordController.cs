using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using TraffickingCare.Web.Identity;
using TraffickingCare.Web.Infrastructure.Mvc;
using TraffickingCare.Web.Infrastructure.Startup;

namespace TraffickingCare.Web.Features.Account.SetPassword;

/// <summary>The one-time link mailed to a new user, or after a password reset.</summary>
[AllowAnonymous]
[AllowWithoutTwoFactor]
public sealed class SetPasswordController(FormPost post) : Controller
{
    [HttpGet("Account/SetPassword")]
    public async Task<IActionResult> SetPassword(string? userId, string? token, [FromServices] SetPasswordLinkQuery links) =>
        await links.FindAsync(userId, token) is not null
            ? View(new SetPasswordForm { UserId = userId, Token = token })
            : View("SetPasswordInvalid");

    [HttpPost("Account/SetPassword")]
    [EnableRateLimiting(AppServices.SignInRateLimit)]
    public Task<IActionResult> SetPassword(SetPasswordForm form, [FromServices] IValidator<SetPasswordForm> validator, [FromServices] SetPasswordHandler handler, CancellationToken ct) =>
        post.EndAsync(this, form, validator, handler.HandleAsync,
            new("Account.SetPassword.Done",
                Done: _ => RedirectToAction(nameof(AccountController.Login), "Account"),
                Again: result => Task.FromResult<IActionResult>(result?.ErrorKey == SetPasswordHandler.LinkInvalidKey
                    ? View("SetPasswordInvalid")
                    : View(WithoutPasswords(form)))), ct);

    private static SetPasswordForm WithoutPasswords(SetPasswordForm form)
    {
        form.NewPassword = form.ConfirmPassword = null;
        return form;
    }
}
