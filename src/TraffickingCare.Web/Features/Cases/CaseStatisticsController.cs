using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using TraffickingCare.Web.Identity;
using TraffickingCare.Web.Infrastructure.Mvc;
using TraffickingCare.Web.Resources;

namespace TraffickingCare.Web.Features.Cases;

/// <summary>
/// The person's non-identifying profile and the exploitation record of a case: edited by the case team
/// and the coordinator (a case out of their reach is not found), read by management on the case page.
/// </summary>
[Authorize(Policy = Policies.CaseEditors)]
public sealed class CaseStatisticsController(IStringLocalizer<SharedResource> l) : Controller
{
    private const string ProfileView = "/Features/Cases/Profile.cshtml";
    private const string ExploitationView = "/Features/Cases/Exploitation.cshtml";

    [HttpGet("Cases/Profile/{id:guid}")]
    [AuditView("CaseFile")]
    public async Task<IActionResult> Profile(Guid id, [FromServices] CaseStatisticsQuery query, CancellationToken ct) =>
        await query.ProfilePageAsync(id, User, ct) is { } page ? View(ProfileView, page) : NotFound();

    [HttpPost("Cases/Profile/{id:guid}")]
    [AuditView("CaseFile")]
    public async Task<IActionResult> Profile(
        Guid id,
        [Bind(Prefix = "Form")] CaseProfileForm form,
        [FromServices] IValidator<CaseProfileForm> validator,
        [FromServices] CaseStatisticsHandler handler,
        [FromServices] CaseStatisticsQuery query,
        CancellationToken ct)
    {
        var page = await query.ProfilePageAsync(id, User, ct);
        if (page is null)
        {
            return NotFound();
        }

        form.Held = page.Form.Held;
        var validation = await validator.ValidateAsync(form, ct);
        var result = validation.IsValid ? await handler.SaveProfileAsync(id, form, User, ct) : null;
        return await OutcomeAsync(id, validation, result, ProfileView, page with { Form = form }, () => form.Version = page.Form.Version, query, "Cases.Profile.Saved", ct);
    }

    [HttpGet("Cases/Exploitation/{id:guid}")]
    [AuditView("CaseFile")]
    public async Task<IActionResult> Exploitation(Guid id, [FromServices] CaseStatisticsQuery query, CancellationToken ct) =>
        await query.ExploitationPageAsync(id, User, ct) is { } page ? View(ExploitationView, page) : NotFound();

    [HttpPost("Cases/Exploitation/{id:guid}")]
    [AuditView("CaseFile")]
    public async Task<IActionResult> Exploitation(
        Guid id,
        [Bind(Prefix = "Form")] CaseExploitationForm form,
        [FromServices] IValidator<CaseExploitationForm> validator,
        [FromServices] CaseStatisticsHandler handler,
        [FromServices] CaseStatisticsQuery query,
        CancellationToken ct)
    {
        var page = await query.ExploitationPageAsync(id, User, ct);
        if (page is null)
        {
            return NotFound();
        }

        form.Held = page.Form.Held;
        var validation = await validator.ValidateAsync(form, ct);
        var result = validation.IsValid ? await handler.SaveExploitationAsync(id, form, User, ct) : null;
        return await OutcomeAsync(id, validation, result, ExploitationView, page with { Form = form }, () => form.Version = page.Form.Version, query, "Cases.Exploitation.Saved", ct);
    }

    // Done: back to the case (Post/Redirect/Get). Refused: the same form with everything typed. After a
    // conflict the page also shows what is saved now and carries the current version, so that saving
    // again is a deliberate overwrite by someone who has seen the other change.
    private async Task<IActionResult> OutcomeAsync<TForm>(
        Guid id,
        FluentValidation.Results.ValidationResult validation,
        ChangeResult? result,
        string view,
        CaseStatisticsPage<TForm> page,
        Action takeCurrentVersion,
        CaseStatisticsQuery query,
        string doneKey,
        CancellationToken ct)
    {
        if (this.Settle(result, validation, "Form", l, doneKey, () => RedirectToAction(nameof(CasesController.Details), "Cases", new { id })) is { } settled)
        {
            return settled;
        }

        if (result?.ErrorKey == ChangeResult.ConflictKey)
        {
            takeCurrentVersion();
            page = page with { Saved = await query.SavedPanelAsync(id, User, ct) };
        }

        return View(view, page);
    }
}
