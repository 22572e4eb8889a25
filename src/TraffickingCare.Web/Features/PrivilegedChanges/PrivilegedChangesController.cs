using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using TraffickingCare.Web.Identity;
using TraffickingCare.Web.Infrastructure.Mvc;
using TraffickingCare.Web.Resources;

namespace TraffickingCare.Web.Features.PrivilegedChanges;

/// <summary>
/// Privileged account changes: requested, approved, refused, by whom and when. Management and the
/// administrators see them all and decide the pending ones (never their own request or account).
/// </summary>
[Authorize(Policy = Policies.AccountOversight)]
public sealed class PrivilegedChangesController(IStringLocalizer<SharedResource> l) : Controller
{
    [HttpGet]
    public async Task<IActionResult> Index([FromServices] PrivilegedChangeListQuery query, CancellationToken ct) =>
        View(await query.RunAsync(User.GetUserId(), ct));

    [HttpPost]
    public async Task<IActionResult> Approve(
        PrivilegedChangeForm form, [FromServices] IValidator<PrivilegedChangeForm> validator, [FromServices] PrivilegedChangeHandler handler, CancellationToken ct)
    {
        if (!(await validator.ValidateAsync(form, ct)).IsValid)
        {
            return Refused(ChangeResult.ConflictKey);
        }

        var (result, linkDue, sentTo) = await handler.ApproveAsync(form, User.GetUserId(), ct);
        if (!result.Succeeded)
        {
            return result.Found ? Refused(result.ErrorKey!) : NotFound();
        }

        if (linkDue && sentTo is null)
        {
            TempData.FlashError(l["PrivilegedChanges.ApprovedLinkNotSent"]);
        }
        else
        {
            TempData.Flash(linkDue ? l["PrivilegedChanges.ApprovedLinkSent", sentTo!] : l["PrivilegedChanges.Approved"]);
        }

        return RedirectToAction(nameof(Index));
    }

    [HttpPost]
    public async Task<IActionResult> Refuse(
        PrivilegedChangeForm form, [FromServices] IValidator<PrivilegedChangeForm> validator, [FromServices] PrivilegedChangeHandler handler, CancellationToken ct)
    {
        if (!(await validator.ValidateAsync(form, ct)).IsValid)
        {
            return Refused(ChangeResult.ConflictKey);
        }

        var result = await handler.RefuseAsync(form, User.GetUserId(), ct);
        if (!result.Succeeded)
        {
            return result.Found ? Refused(result.ErrorKey!) : NotFound();
        }

        TempData.Flash(l["PrivilegedChanges.Refused"]);
        return RedirectToAction(nameof(Index));
    }

    private RedirectToActionResult Refused(string errorKey)
    {
        TempData.FlashError(l[errorKey]);
        return RedirectToAction(nameof(Index));
    }
}
