using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using TraffickingCare.Web.Infrastructure.Mvc;
using TraffickingCare.Web.Infrastructure.Startup;

namespace TraffickingCare.Web.Features.Account;

/// <summary>The one-time link an administrator hands to a new user, or after resetting a password.</summary>
public sealed partial class AccountController
{
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
}
