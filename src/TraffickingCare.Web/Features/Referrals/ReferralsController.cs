using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using TraffickingCare.Web.Features.Shared.Lookups;
using TraffickingCare.Web.Identity;
using TraffickingCare.Web.Infrastructure.Mvc;
using TraffickingCare.Web.Resources;

namespace TraffickingCare.Web.Features.Referrals;

[Authorize(Policy = Policies.CaseEditors)]
public sealed class ReferralsController(IStringLocalizer<SharedResource> l) : Controller
{
    [HttpGet]
    public async Task<IActionResult> Index(ReferralRegisterFilter filter, [FromServices] ReferralRegisterQuery query, CancellationToken ct) =>
        View(await query.GetAsync(filter, User, ct));

    [HttpGet]
    public async Task<IActionResult> Log([FromServices] LogReferralPageQuery page, CancellationToken ct) =>
        View(await page.GetAsync(page.NewForm(), ct));

    [HttpPost]
    public async Task<IActionResult> Log(
        [Bind(Prefix = "Form")] LogReferralForm form,
        [FromServices] IValidator<LogReferralForm> validator,
        [FromServices] LogReferralHandler handler,
        [FromServices] LogReferralPageQuery page,
        CancellationToken ct)
    {
        var result = await validator.ValidateAsync(form, ct);
        if (!result.IsValid)
        {
            ModelState.AddErrors(result, prefix: "Form");
            return View(await page.GetAsync(form, ct));
        }

        var id = await handler.HandleAsync(form, User.GetUserId(), ct);
        TempData.Flash(l["Referrals.Logged"]);
        return RedirectToAction(nameof(Details), new { id });
    }

    [HttpGet]
    [AuditView("Referral")]
    public async Task<IActionResult> Details(Guid id, [FromServices] ReferralDetailsQuery query, CancellationToken ct)
    {
        var model = await query.GetAsync(id, User, ct);
        return model is null ? NotFound() : View(model);
    }

    [HttpPost]
    [Authorize(Roles = Roles.Coordinator)]
    public async Task<IActionResult> Assign(
        Guid id,
        AssignReferralForm form,
        [FromServices] CaseworkerOptionsQuery caseworkers,
        [FromServices] TriageReferralHandler handler,
        CancellationToken ct)
    {
        if (!await caseworkers.IsCaseworkerAsync(form.AssigneeId, ct))
        {
            TempData.FlashError(l["Referrals.Triage.Errors.AssigneeRequired"]);
            return RedirectToAction(nameof(Details), new { id });
        }

        var result = await handler.AssignAsync(id, form, ct);
        if (!result.Found)
        {
            return NotFound();
        }

        if (result.Succeeded)
        {
            TempData.Flash(l["Referrals.Triage.Assigned"]);
        }
        else
        {
            TempData.FlashError(l[result.ErrorKey!]);
        }

        return RedirectToAction(nameof(Details), new { id });
    }

    [HttpPost]
    [Authorize(Roles = Roles.Coordinator)]
    public async Task<IActionResult> Triage(
        Guid id,
        [Bind(Prefix = "Triage.Form")] TriageReferralForm form,
        [FromServices] IValidator<TriageReferralForm> validator,
        [FromServices] TriageReferralHandler handler,
        [FromServices] ReferralDetailsQuery query,
        CancellationToken ct)
    {
        var validation = await validator.ValidateAsync(form, ct);
        var result = validation.IsValid ? await handler.TriageAsync(id, form, User.GetUserId(), ct) : null;
        if (result is { Found: false })
        {
            return NotFound();
        }

        if (result is { Succeeded: true })
        {
            TempData.Flash(l["Referrals.Triage.Done"]);
            return RedirectToAction(nameof(Details), new { id });
        }

        // Refused: show the referral as it is now, with the coordinator's choices kept.
        ModelState.AddErrors(validation, prefix: "Triage.Form");
        if (result?.ErrorKey is { } key)
        {
            ModelState.AddModelError(string.Empty, l[key]);
        }

        var model = await query.GetAsync(id, User, ct, form);
        if (model is null)
        {
            return NotFound();
        }

        // The refused form shows the whole referral again: that is a view too.
        await HttpContext.RequestServices.GetRequiredService<Data.Auditing.AuditTrail>().RecordViewAsync("Referral", id, ct: ct);
        return View(nameof(Details), model);
    }

    /// <summary>
    /// The coordinator searches for an existing person before opening a case. A POST, so that names
    /// never travel in an address (and so in no access log); the search is audited, its terms are not.
    /// </summary>
    [HttpPost]
    [Authorize(Roles = Roles.Coordinator)]
    public async Task<IActionResult> FindPerson(
        Guid id,
        [Bind(Prefix = "Triage.Search")] PersonSearchForm form,
        [FromServices] IValidator<PersonSearchForm> validator,
        [FromServices] ReferralDetailsQuery query,
        [FromServices] Data.Auditing.AuditTrail audit,
        CancellationToken ct)
    {
        var validation = await validator.ValidateAsync(form, ct);
        ModelState.AddErrors(validation, prefix: "Triage.Search");
        var model = await query.GetAsync(id, User, ct, search: form);
        if (model is null)
        {
            return NotFound();
        }

        if (validation.IsValid)
        {
            await audit.RecordAsync(Domain.Auditing.AuditAction.Searched, "Person", id, ct: ct);
        }

        await audit.RecordViewAsync("Referral", id, ct: ct);
        return View(nameof(Details), model);
    }
}
