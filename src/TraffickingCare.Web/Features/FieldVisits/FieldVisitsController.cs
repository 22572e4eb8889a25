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

    [HttpPost("Cases/{caseId:guid}/FieldVisits")]
    [Authorize(Policy = Policies.CaseEditors)]
    public Task<IActionResult> Record(
        Guid caseId, [Bind(Prefix = Prefix)] FieldVisitForm form, [FromServices] IValidator<FieldVisitForm> validator, [FromServices] RecordVisitHandler handler, CancellationToken ct) =>
        post.EndAsync(this, form, validator, f => handler.HandleAsync(caseId, f, User, ct), new PostEnd(
            "FieldVisits.Recorded",
            Done: _ => RedirectToAction(nameof(Index), new { caseId }),
            Again: async _ =>
            {
                if (await pages.GetAsync(caseId, 1, User, ct) is not { } model)
                {
                    return NotFound();
                }

                await audit.RecordViewAsync(nameof(CaseFile), caseId, ct: ct);
                return View(nameof(Index), model.WithForm(form));
            },
            Prefix: Prefix), ct);

    [HttpGet("Cases/{caseId:guid}/FieldVisits/{visitId:guid}")]
    [AuditView(nameof(FieldVisit), "visitId")]
    public async Task<IActionResult> Edit(Guid caseId, Guid visitId, CancellationToken ct) =>
        await pages.GetOneAsync(caseId, visitId, User, ct) is { } model ? View(model) : NotFound();

    [HttpPost("Cases/{caseId:guid}/FieldVisits/{visitId:guid}")]
    [Authorize(Policy = Policies.CaseEditors)]
    public Task<IActionResult> Correct(
        Guid caseId, Guid visitId, [Bind(Prefix = Prefix)] FieldVisitForm form, [FromServices] IValidator<FieldVisitForm> validator, [FromServices] CorrectVisitHandler handler, CancellationToken ct) =>
        post.EndAsync(this, form, validator, f => handler.HandleAsync(caseId, visitId, f, User, ct), new PostEnd(
            "FieldVisits.Corrected",
            Done: _ => RedirectToAction(nameof(Index), new { caseId }),
            Again: async _ =>
            {
                if (await pages.GetOneAsync(caseId, visitId, User, ct) is not { } model)
                {
                    return NotFound();
                }

                await audit.RecordViewAsync(nameof(FieldVisit), visitId, ct: ct);

                // The page carries the visit's version as it is now: a stale correction is made again from there.
                ModelState.Remove($"{Prefix}.{nameof(FieldVisitForm.Version)}");
                form.Version = model.Entry.VisitForm.Version;
                form.AmendsVisitId = model.Entry.VisitForm.AmendsVisitId;
                return View(nameof(Edit), model.WithForm(form));
            },
            Prefix: Prefix), ct);
}
