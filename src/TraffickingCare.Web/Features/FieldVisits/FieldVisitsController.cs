using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using TraffickingCare.Domain.Cases;
using TraffickingCare.Domain.Support;
using TraffickingCare.Web.Data.Auditing;
using TraffickingCare.Web.Identity;
using TraffickingCare.Web.Infrastructure.Mvc;

namespace TraffickingCare.Web.Features.FieldVisits;

/// <summary>
/// Field visits on a case: recorded by the team, corrected by their author for 24 hours, amended afterwards; listed for
/// everyone who reads the case, outcomes and next steps only for the team.
/// </summary>
[Authorize(Policy = Policies.CaseReaders)]
public sealed class FieldVisitsController(FormPost post, FieldVisitsPageQuery pages, AuditTrail audit) : Controller
{
    private const string Prefix = nameof(FieldVisitEntry.VisitForm);

    [HttpGet("Cases/{caseId:guid}/FieldVisits")]
    [AuditView(nameof(CaseFile), "caseId")]
    public async Task<IActionResult> Index(Guid caseId, int page = 1, CancellationToken ct = default) =>
        await pages.GetAsync(caseId, page, User, ct) is { } model ? View(model) : NotFound();

    /// <remarks>A large directory's partner search posts the form too (<c>findPartners</c>): nothing is saved, the form comes back as typed.</remarks>
    [HttpPost("Cases/{caseId:guid}/FieldVisits")]
    [Authorize(Policy = Policies.CaseEditors)]
    public async Task<IActionResult> Record(
        Guid caseId, [Bind(Prefix = Prefix)] FieldVisitForm form, string? findPartners, [FromServices] IValidator<FieldVisitForm> validator, [FromServices] RecordVisitHandler handler, CancellationToken ct)
    {
        form.HeldPurposeCode = await pages.HeldPurposeAsync(caseId, form.AmendsVisitId, ct);
        return findPartners is not null
            ? await RecordAgainAsync(caseId, form, ct)
            : await post.EndAsync(this, form, validator, f => handler.HandleAsync(caseId, f, User, ct), new PostEnd(
                "FieldVisits.Recorded",
                Done: _ => RedirectToAction(nameof(Index), new { caseId }),
                Again: _ => RecordAgainAsync(caseId, form, ct),
                Prefix: Prefix), ct);
    }

    [HttpGet("Cases/{caseId:guid}/FieldVisits/{visitId:guid}")]
    [AuditView(nameof(FieldVisit), "visitId")]
    public async Task<IActionResult> Edit(Guid caseId, Guid visitId, CancellationToken ct) =>
        await pages.GetOneAsync(caseId, visitId, User, ct) is { } model ? View(model) : NotFound();

    [HttpPost("Cases/{caseId:guid}/FieldVisits/{visitId:guid}")]
    [Authorize(Policy = Policies.CaseEditors)]
    public async Task<IActionResult> Correct(
        Guid caseId, Guid visitId, [Bind(Prefix = Prefix)] FieldVisitForm form, string? findPartners, [FromServices] IValidator<FieldVisitForm> validator, [FromServices] CorrectVisitHandler handler, CancellationToken ct)
    {
        form.HeldPurposeCode = await pages.HeldPurposeAsync(caseId, visitId, ct);
        return findPartners is not null
            ? await CorrectAgainAsync(caseId, visitId, form, keepVersion: true, ct)
            : await post.EndAsync(this, form, validator, f => handler.HandleAsync(caseId, visitId, f, User, ct), new PostEnd(
                "FieldVisits.Corrected",
                Done: _ => RedirectToAction(nameof(Index), new { caseId }),
                Again: r => CorrectAgainAsync(caseId, visitId, form, keepVersion: r is not { IsConflict: true }, ct),
                Prefix: Prefix), ct);
    }

    private async Task<IActionResult> RecordAgainAsync(Guid caseId, FieldVisitForm form, CancellationToken ct)
    {
        if (await pages.GetAsync(caseId, 1, User, ct, form) is not { } model)
        {
            return NotFound();
        }

        await audit.RecordViewAsync(nameof(CaseFile), caseId, ct: ct);
        return View(nameof(Index), model);
    }

    /// <param name="keepVersion">
    /// A search, and a refusal of what was typed, keep the version the page was opened with, so a change made meanwhile is
    /// still caught; after a conflict the page carries the visit's version as it is now. A correction refused because
    /// the visit's 24 hours ran out meanwhile comes back as what the refusal asks for: an amendment of it, as typed.
    /// </param>
    private async Task<IActionResult> CorrectAgainAsync(Guid caseId, Guid visitId, FieldVisitForm form, bool keepVersion, CancellationToken ct)
    {
        if (await pages.GetOneAsync(caseId, visitId, User, ct, form) is not { } model)
        {
            return NotFound();
        }

        await audit.RecordViewAsync(nameof(FieldVisit), visitId, ct: ct);
        if (!keepVersion || model.Entry.CorrectsVisitId is null)
        {
            // A stale correction is made again from the page as the visit is now (an amendment is a new record, version 0).
            ModelState.Remove($"{Prefix}.{nameof(FieldVisitForm.Version)}");
            ModelState.Remove($"{Prefix}.{nameof(FieldVisitForm.AmendsVisitId)}");
            form.Version = model.Entry.VisitForm.Version;
            form.AmendsVisitId = model.Entry.VisitForm.AmendsVisitId;
        }

        return View(nameof(Edit), model.WithForm(form));
    }
}
