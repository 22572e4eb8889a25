using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using TraffickingCare.Web.Identity;
using TraffickingCare.Web.Infrastructure.Mvc;

namespace TraffickingCare.Web.Features.PrivilegedChanges;

/// <summary>
/// Privileged account changes: requested, approved, refused, by whom and when. Management and the
/// administrators see them all and decide the pending ones (never their own request or account).
/// </summary>
[Authorize(Policy = Policies.AccountOversight)]
public sealed class PrivilegedChangesController(FormPost post) : Controller
{
    [HttpGet]
    public async Task<IActionResult> Index([FromServices] PrivilegedChangeListQuery query, CancellationToken ct) =>
        View(await query.RunAsync(User.GetUserId(), ct));

    [HttpPost]
    public Task<IActionResult> Approve(
        PrivilegedChangeForm form, [FromServices] IValidator<PrivilegedChangeForm> validator, [FromServices] ApprovePrivilegedChangeHandler handler, CancellationToken ct) =>
        post.EndAsync(this, form, validator, f => handler.HandleAsync(f, User.GetUserId(), ct), new("PrivilegedChanges.Approved", Done: _ => RedirectToAction(nameof(Index))), ct);

    [HttpPost]
    public Task<IActionResult> Refuse(
        PrivilegedChangeForm form, [FromServices] IValidator<PrivilegedChangeForm> validator, [FromServices] RefusePrivilegedChangeHandler handler, CancellationToken ct) =>
        post.EndAsync(this, form, validator, f => handler.HandleAsync(f, User.GetUserId(), ct), new("PrivilegedChanges.Refused", Done: _ => RedirectToAction(nameof(Index))), ct);
}
