using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using TraffickingCare.Web.Infrastructure.Mvc;

namespace TraffickingCare.Web.Features.Manage;

/// <summary>The signed-in user's own password.</summary>
public sealed class ManageController(FormPost post) : Controller
{
    [HttpGet]
    public IActionResult ChangePassword() => View(new ChangePasswordForm());

    /// <summary>Refused: the form again, empty (passwords are never sent back to the browser).</summary>
    [HttpPost]
    public Task<IActionResult> ChangePassword(
        ChangePasswordForm form, [FromServices] IValidator<ChangePasswordForm> validator, [FromServices] ChangePasswordHandler handler, CancellationToken ct) =>
        post.EndAsync(this, form, validator, f => handler.HandleAsync(User, f),
            new("Manage.ChangePassword.Done",
                Done: _ => RedirectToAction(nameof(ChangePassword)),
                Again: _ => Task.FromResult<IActionResult>(View(new ChangePasswordForm()))), ct);
}
