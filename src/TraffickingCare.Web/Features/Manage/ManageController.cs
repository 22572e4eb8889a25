using FluentValidation;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using TraffickingCare.Web.Infrastructure.Mvc;
using TraffickingCare.Web.Resources;

namespace TraffickingCare.Web.Features.Manage;

public sealed class ManageController(IStringLocalizer<SharedResource> l) : Controller
{
    [HttpGet]
    public IActionResult ChangePassword() => View(new ChangePasswordForm());

    [HttpPost]
    public async Task<IActionResult> ChangePassword(ChangePasswordForm form, [FromServices] IValidator<ChangePasswordForm> validator, [FromServices] ChangePasswordHandler handler, CancellationToken ct)
    {
        var validation = await validator.ValidateAsync(form, ct);
        if (!validation.IsValid)
        {
            ModelState.AddErrors(validation);
            return View(new ChangePasswordForm());
        }

        var result = await handler.HandleAsync(User, form);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                var field = error.Code == nameof(IdentityErrorDescriber.PasswordMismatch) ? nameof(form.CurrentPassword) : nameof(form.NewPassword);
                ModelState.AddModelError(field, error.Description);
            }

            return View(new ChangePasswordForm());
        }

        TempData.Flash(l["Manage.ChangePassword.Done"]);
        return RedirectToAction(nameof(ChangePassword));
    }
}
