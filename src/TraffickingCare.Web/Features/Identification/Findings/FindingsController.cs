using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using TraffickingCare.Domain.Identification;
using TraffickingCare.Web.Data.Auditing;
using TraffickingCare.Web.Features.Shared.Story;
using TraffickingCare.Web.Identity;
using TraffickingCare.Web.Infrastructure.Mvc;
using TraffickingCare.Web.Reporting;
using TraffickingCare.Web.Resources;

namespace TraffickingCare.Web.Features.Identification.Findings;

/// <summary>
/// The findings and opinion of a case: the team writes it, and corrects it once final; the coordinator's
/// review is in <c>FindingsReview</c>. Management reads its sections and its PDF only with a reason,
/// recorded before they are shown (see <see cref="CaseStory"/>).
/// </summary>
[Authorize(Policy = Policies.CaseReaders)]
public sealed class FindingsController(FormPost post, FindingsQuery query, IStringLocalizer<SharedResource> l) : Controller
{
    [HttpPost("Identification/StartFindings/{caseId:guid}")]
    [Authorize(Policy = Policies.CaseEditors)]
    public Task<IActionResult> StartFindings(Guid caseId, [FromServices] StartFindingsHandler handler, CancellationToken ct) =>
        post.EndButtonAsync(this, () => handler.HandleAsync(caseId, User, ct),
            new("Identification.Findings.Started",
                Done: r => r.Id is { } findingsId ? IdentificationPages.Findings(findingsId) : IdentificationPages.Case(caseId)));

    [HttpGet("Identification/Findings/{findingsId:guid}")]
    [AuditView(IdentificationAudit.Findings, "findingsId")]
    public async Task<IActionResult> Findings(Guid findingsId, CancellationToken ct) =>
        await query.GetAsync(findingsId, User, ct) is { } model ? View(model) : NotFound();

    /// <summary>Saves the draft; the submit button also hands it to the coordinator.</summary>
    [HttpPost("Identification/Findings/{findingsId:guid}")]
    [Authorize(Policy = Policies.CaseEditors)]
    [AuditView(IdentificationAudit.Findings, "findingsId")]
    public async Task<IActionResult> Findings(
        Guid findingsId,
        [Bind(Prefix = nameof(FindingsViewModel.Form))] FindingsForm form,
        bool submit,
        [FromServices] IValidator<FindingsForm> validator,
        [FromServices] SaveFindingsHandler handler,
        CancellationToken ct)
    {
        form.HeldForms = await query.HeldFormsAsync(findingsId, ct);
        return await post.EndAsync(this, form, validator, f => handler.HandleAsync(findingsId, f, submit, User, ct),
            new(submit ? "Identification.Findings.Submitted" : "Identification.Findings.Saved",
                Done: _ => RedirectToAction(nameof(Findings), new { findingsId }),
                Again: async r => await query.GetAsync(findingsId, User, ct, form, conflict: r is { IsConflict: true }) is { } model ? View(model) : NotFound(),
                Prefix: nameof(FindingsViewModel.Form)), ct);
    }

    [HttpPost("Identification/Correct/{findingsId:guid}")]
    [Authorize(Policy = Policies.CaseEditors)]
    public Task<IActionResult> Correct(Guid findingsId, [FromServices] CorrectFindingsHandler handler, CancellationToken ct) =>
        post.EndButtonAsync(this, () => handler.HandleAsync(findingsId, User, ct),
            new("Identification.Findings.CorrectionStarted",
                Done: r => RedirectToAction(nameof(Findings), new { findingsId = r.Id ?? findingsId })));

    /// <summary>A final document as PDF, in the user's language; every download is audited.</summary>
    [HttpGet("Identification/Pdf/{findingsId:guid}")]
    public async Task<IActionResult> Pdf(Guid findingsId, [FromServices] IPdfRenderer renderer, [FromServices] AuditTrail audit, CancellationToken ct)
    {
        if (await query.GetAsync(findingsId, User, ct) is not { Status: FindingsStatus.Final } findings)
        {
            return NotFound();
        }

        // Management asks for the PDF through the reason form (a POST, PdfWithReason).
        if (findings.SectionsHidden)
        {
            TempData.FlashError(l["Story.Findings.ReasonFirst"]);
            return RedirectToAction(nameof(Findings), new { findingsId });
        }

        return await PdfFileAsync(findings, renderer, audit, ct);
    }

    /// <summary>The final document as PDF for management: the reason is recorded first, then the download, as for the team.</summary>
    [HttpPost("Identification/Pdf/{findingsId:guid}")]
    [ActionName(nameof(Pdf))]
    [Authorize(Roles = Roles.Management)]
    [AuditView(IdentificationAudit.Findings, "findingsId")]
    public async Task<IActionResult> PdfWithReason(
        Guid findingsId, string? reason, [FromServices] CaseStory story, [FromServices] IPdfRenderer renderer, [FromServices] AuditTrail audit, CancellationToken ct)
    {
        if (await query.GetAsync(findingsId, User, ct) is not { Status: FindingsStatus.Final } hidden)
        {
            return NotFound();
        }

        if (await story.RecordReasonAsync(StoryPart.Findings, findingsId, reason, ct) is not { } proof)
        {
            ModelState.AddModelError(StoryReasonPrompt.FormIdOf(StoryPart.Findings), l["People.Errors.ReasonRequired"]);
            return View(nameof(Findings), hidden);
        }

        return await PdfFileAsync((await query.GetAsync(findingsId, User, ct, reason: proof))!, renderer, audit, ct);
    }

    /// <summary>Management reads the sections with a reason, recorded before they are shown.</summary>
    [HttpPost("Identification/RevealFindings/{findingsId:guid}")]
    [Authorize(Roles = Roles.Management)]
    [AuditView(IdentificationAudit.Findings, "findingsId")]
    public Task<IActionResult> RevealFindings(Guid findingsId, string? reason, [FromServices] StoryReveal reveal, CancellationToken ct) =>
        reveal.RevealAsync(this, StoryPart.Findings, findingsId, reason, proof => query.GetAsync(findingsId, User, ct, reason: proof), nameof(Findings), ct);

    private async Task<IActionResult> PdfFileAsync(FindingsViewModel findings, IPdfRenderer renderer, AuditTrail audit, CancellationToken ct)
    {
        var pdf = renderer.Render(FindingsDocument.Compose(findings, l));
        await audit.RecordDownloadAsync(IdentificationAudit.Findings, findings.Id, DownloadedFile.Of(pdf), ct: ct);
        return File(pdf, "application/pdf", FindingsDocument.FileName(findings));
    }
}
