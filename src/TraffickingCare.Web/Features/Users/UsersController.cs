using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using TraffickingCare.Web.Identity;
using TraffickingCare.Web.Infrastructure.Mvc;

namespace TraffickingCare.Web.Features.Users;

/// <summary>
/// Accounts. No response of this controller ever holds a set-password link: links go by mail to the
/// user, and the page names the (masked) address they went to.
/// </summary>
[Authorize(Roles = Roles.Administrator)]
public sealed class UsersController(FormPost post) : Controller
{
    [HttpGet]
    public async Task<IActionResult> Index(UserListFilter filter, [FromServices] UserListQuery query, CancellationToken ct) =>
        View(await query.RunAsync(filter, User.GetUserId(), ct));

    [HttpGet]
    public IActionResult Create() => View(new CreateUserForm());

    [HttpPost]
    public Task<IActionResult> Create(CreateUserForm form, [FromServices] IValidator<CreateUserForm> validator, [FromServices] CreateUserHandler handler, CancellationToken ct) =>
        post.EndAsync(this, form, validator, f => handler.HandleAsync(f, User.GetUserId(), ct),
            new("Users.Create.Done", Done: _ => RedirectToAction(nameof(Index)), Again: _ => Task.FromResult<IActionResult>(View(form))), ct);

    [HttpPost]
    public Task<IActionResult> Disable(UserActionForm form, string? returnUrl, [FromServices] IValidator<UserActionForm> validator, [FromServices] ChangeUserStatusHandler handler, CancellationToken ct) =>
        ActAsync(form, validator, f => handler.HandleAsync(f, User.GetUserId(), disabled: true), UserAction.Disable, returnUrl, ct);

    [HttpPost]
    public Task<IActionResult> Enable(UserActionForm form, string? returnUrl, [FromServices] IValidator<UserActionForm> validator, [FromServices] ChangeUserStatusHandler handler, CancellationToken ct) =>
        ActAsync(form, validator, f => handler.HandleAsync(f, User.GetUserId(), disabled: false), UserAction.Enable, returnUrl, ct);

    [HttpPost]
    public Task<IActionResult> ResetTwoFactor(UserActionForm form, string? returnUrl, [FromServices] IValidator<UserActionForm> validator, [FromServices] ResetUserTwoFactorHandler handler, CancellationToken ct) =>
        ActAsync(form, validator, f => handler.HandleAsync(f, User.GetUserId()), UserAction.ResetTwoFactor, returnUrl, ct);

    [HttpPost]
    public Task<IActionResult> ResetPassword(UserActionForm form, string? returnUrl, [FromServices] IValidator<UserActionForm> validator, [FromServices] ResetUserPasswordHandler handler, CancellationToken ct) =>
        ActAsync(form, validator, f => handler.HandleAsync(f, User.GetUserId(), ct), UserAction.ResetPassword, returnUrl, ct);

    /// <summary>
    /// A button in the list: the answer is the list again, as filtered and on the page it was (never off the site), with
    /// the message (a refusal is flashed too).
    /// </summary>
    private Task<IActionResult> ActAsync(
        UserActionForm form, IValidator<UserActionForm> validator, Func<UserActionForm, Task<ChangeResult>> act, UserAction action, string? returnUrl, CancellationToken ct) =>
        post.EndAsync(this, form, validator, act, new($"Users.{action}.Done", Done: _ => Url.IsLocalUrl(returnUrl) ? LocalRedirect(returnUrl) : RedirectToAction(nameof(Index))), ct);
}
