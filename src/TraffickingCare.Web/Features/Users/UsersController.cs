using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using TraffickingCare.Web.Features.Account;
using TraffickingCare.Web.Identity;
using TraffickingCare.Web.Infrastructure.Mvc;
using TraffickingCare.Web.Resources;

namespace TraffickingCare.Web.Features.Users;

[Authorize(Roles = Roles.Administrator)]
public sealed class UsersController(IStringLocalizer<SharedResource> l, IOptions<SecurityOptions> security) : Controller
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

        var (result, userId, token) = await handler.HandleAsync(form, User.GetUserId(), ct);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                ModelState.AddModelError(error.Code.Contains("UserName", StringComparison.Ordinal) ? nameof(form.UserName) : string.Empty, error.Description);
            }

            return View(form);
        }

        TempData.Flash(l["Users.Create.Done"]);
        return LinkView(form.DisplayName!, userId!, token!);
    }

    [HttpPost]
    public async Task<IActionResult> Disable(UserActionForm form, [FromServices] IValidator<UserActionForm> validator, [FromServices] UserAccountHandler handler) =>
        await ActAsync(form, validator, f => handler.DisableAsync(f, User.GetUserId()), "Users.Disable.Done");

    [HttpPost]
    public async Task<IActionResult> Enable(UserActionForm form, [FromServices] IValidator<UserActionForm> validator, [FromServices] UserAccountHandler handler) =>
        await ActAsync(form, validator, f => handler.EnableAsync(f, User.GetUserId()), "Users.Enable.Done");

    [HttpPost]
    public async Task<IActionResult> ResetTwoFactor(UserActionForm form, [FromServices] IValidator<UserActionForm> validator, [FromServices] UserAccountHandler handler) =>
        await ActAsync(form, validator, f => handler.ResetTwoFactorAsync(f, User.GetUserId()), "Users.ResetTwoFactor.Done");

    [HttpPost]
    public async Task<IActionResult> ResetPassword(UserActionForm form, [FromServices] IValidator<UserActionForm> validator, [FromServices] UserAccountHandler handler)
    {
        if (!(await validator.ValidateAsync(form)).IsValid)
        {
            return Refused(UserActionOutcome.Stale);
        }

        var (outcome, token, displayName) = await handler.ResetPasswordAsync(form, User.GetUserId());
        if (outcome != UserActionOutcome.Done)
        {
            return Refused(outcome);
        }

        TempData.Flash(l["Users.ResetPassword.Done"]);
        return LinkView(displayName!, form.UserId!, token!);
    }

    private async Task<IActionResult> ActAsync(UserActionForm form, IValidator<UserActionForm> validator, Func<UserActionForm, Task<UserActionOutcome>> act, string doneKey)
    {
        var outcome = (await validator.ValidateAsync(form)).IsValid ? await act(form) : UserActionOutcome.Stale;
        if (outcome != UserActionOutcome.Done)
        {
            return Refused(outcome);
        }

        TempData.Flash(l[doneKey]);
        return RedirectToAction(nameof(Index));
    }

    private RedirectToActionResult Refused(UserActionOutcome outcome)
    {
        TempData.FlashError(outcome switch
        {
            UserActionOutcome.NotFound => l["Users.Errors.NotFound"],
            UserActionOutcome.OwnAccount => l["Users.Errors.OwnAccount"],
            _ => l["Common.ConcurrencyConflict"],
        });
        return RedirectToAction(nameof(Index));
    }

    /// <summary>The link is rendered in this response only (no redirect): it is never stored, not even in TempData.</summary>
    private ViewResult LinkView(string displayName, string userId, string token)
    {
        var link = Url.Action(nameof(AccountController.SetPassword), "Account", new { userId, token }, Request.Scheme)!;
        return View("SetPasswordLink", new SetPasswordLinkViewModel(displayName, link, (int)security.Value.SetPasswordLinkLifetime.TotalHours));
    }
}
