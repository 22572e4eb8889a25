using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using TraffickingCare.Web.Identity;
using TraffickingCare.Web.Infrastructure.Mvc;
using TraffickingCare.Web.Resources;

namespace TraffickingCare.Web.Features.Users;

/// <summary>
/// Accounts. No response of this controller ever holds a set-password link: links go by mail to the
/// user, and the page names the (masked) address they went to.
/// </summary>
[Authorize(Roles = Roles.Administrator)]
public sealed class UsersController(IStringLocalizer<SharedResource> l) : Controller
{
    [HttpGet]
    public async Task<IActionResult> Index([FromServices] UserListQuery query, CancellationToken ct) =>
        View(await query.RunAsync(User.GetUserId(), ct));

    [HttpGet]
    public IActionResult Create() => View(new CreateUserForm());

    [HttpPost]
    public async Task<IActionResult> Create(CreateUserForm form, [FromServices] IValidator<CreateUserForm> validator, [FromServices] CreateUserHandler handler, CancellationToken ct)
    {
        var validation = await validator.ValidateAsync(form, ct);
        if (!validation.IsValid)
        {
            ModelState.AddErrors(validation);
            return View(form);
        }

        var created = await handler.HandleAsync(form, User.GetUserId(), ct);
        if (!created.Result.Succeeded)
        {
            foreach (var error in created.Result.Errors)
            {
                ModelState.AddModelError(FieldOf(error.Code), error.Description);
            }

            return View(form);
        }

        if (created.AwaitingApproval)
        {
            TempData.Flash(l["Users.Create.AwaitingApproval"]);
        }
        else if (created.SentTo is { } sentTo)
        {
            TempData.Flash(l["Users.Create.Done", sentTo]);
        }
        else
        {
            TempData.FlashError(l["Users.Errors.CreatedLinkNotSent"]);
        }

        return RedirectToAction(nameof(Index));
    }

    [HttpPost]
    public async Task<IActionResult> Disable(UserActionForm form, [FromServices] IValidator<UserActionForm> validator, [FromServices] UserAccountHandler handler) =>
        await ActAsync(form, validator, async f => (await handler.DisableAsync(f, User.GetUserId()), null), "Users.Disable.Done");

    [HttpPost]
    public async Task<IActionResult> Enable(UserActionForm form, [FromServices] IValidator<UserActionForm> validator, [FromServices] UserAccountHandler handler) =>
        await ActAsync(form, validator, async f => (await handler.EnableAsync(f, User.GetUserId()), null), "Users.Enable.Done");

    [HttpPost]
    public async Task<IActionResult> ResetTwoFactor(UserActionForm form, [FromServices] IValidator<UserActionForm> validator, [FromServices] UserAccountHandler handler) =>
        await ActAsync(form, validator, async f => (await handler.ResetTwoFactorAsync(f, User.GetUserId()), null), "Users.ResetTwoFactor.Done");

    [HttpPost]
    public async Task<IActionResult> ResetPassword(UserActionForm form, [FromServices] IValidator<UserActionForm> validator, [FromServices] UserAccountHandler handler, CancellationToken ct) =>
        await ActAsync(form, validator, f => handler.ResetPasswordAsync(f, User.GetUserId(), ct), "Users.ResetPassword.Done");

    private static string FieldOf(string errorCode) =>
        errorCode.Contains("UserName", StringComparison.Ordinal) ? nameof(CreateUserForm.UserName)
        : errorCode.Contains("Email", StringComparison.Ordinal) ? nameof(CreateUserForm.Email)
        : string.Empty;

    private async Task<IActionResult> ActAsync(
        UserActionForm form, IValidator<UserActionForm> validator, Func<UserActionForm, Task<(UserActionOutcome Outcome, string? SentTo)>> act, string doneKey)
    {
        var (outcome, sentTo) = (await validator.ValidateAsync(form)).IsValid ? await act(form) : (UserActionOutcome.Stale, null);
        switch (outcome)
        {
            case UserActionOutcome.Done:
                TempData.Flash(l[doneKey, sentTo ?? string.Empty]);
                break;
            case UserActionOutcome.AwaitingApproval:
                TempData.Flash(l["Users.AwaitingApproval"]);
                break;
            default:
                TempData.FlashError(outcome switch
                {
                    UserActionOutcome.NotFound => l["Users.Errors.NotFound"],
                    UserActionOutcome.OwnAccount => l["Users.Errors.OwnAccount"],
                    UserActionOutcome.AlreadyRequested => l["Users.Errors.AlreadyRequested"],
                    UserActionOutcome.NoEmail => l["Users.Errors.NoEmail"],
                    UserActionOutcome.LinkNotSent => l["Users.Errors.LinkNotSent"],
                    _ => l["Common.ConcurrencyConflict"],
                });
                break;
        }

        return RedirectToAction(nameof(Index));
    }
}
