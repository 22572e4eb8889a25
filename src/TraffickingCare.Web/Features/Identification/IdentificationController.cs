using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using TraffickingCare.Web.Identity;
using TraffickingCare.Web.Infrastructure.Mvc;
using TraffickingCare.Web.Resources;

namespace TraffickingCare.Web.Features.Identification;

/// <summary>
/// Preliminary and formal identification of a case. The team edits, the coordinator approves,
/// management reads; which case a user reaches is decided by CaseAccess, as everywhere.
/// </summary>
[Authorize(Policy = Policies.CaseReaders)]
public sealed partial class IdentificationController(IStringLocalizer<SharedResource> l) : Controller
{
    [HttpGet]
    [AuditView("CaseFile.Identification")]
    public async Task<IActionResult> Case(Guid id, [FromServices] IdentificationQuery query, CancellationToken ct) =>
        await query.GetAsync(id, User, ct) is { } model ? View(model) : NotFound();

    [HttpPost]
    [Authorize(Policy = Policies.CaseEditors)]
    [AuditView("CaseFile.Identification")]
    public async Task<IActionResult> AddInterview(
        Guid id,
        [Bind(Prefix = nameof(IdentificationViewModel.InterviewForm))] InterviewForm form,
        [FromServices] IValidator<InterviewForm> validator,
        [FromServices] EvidenceHandler handler,
        [FromServices] IdentificationQuery query,
        CancellationToken ct)
    {
        var validation = await validator.ValidateAsync(form, ct);
        var result = validation.IsValid ? await handler.AddInterviewAsync(id, form, User, ct) : null;
        return await EvidenceOutcomeAsync(id, validation, nameof(IdentificationViewModel.InterviewForm), result, query, m => m with { InterviewForm = form }, "Identification.Interviews.Added", ct);
    }

    [HttpPost]
    [Authorize(Policy = Policies.CaseEditors)]
    [AuditView("CaseFile.Identification")]
    public async Task<IActionResult> AddSource(
        Guid id,
        [Bind(Prefix = nameof(IdentificationViewModel.SourceForm))] SourceForm form,
        [FromServices] IValidator<SourceForm> validator,
        [FromServices] EvidenceHandler handler,
        [FromServices] IdentificationQuery query,
        CancellationToken ct)
    {
        var validation = await validator.ValidateAsync(form, ct);
        var result = validation.IsValid ? await handler.AddSourceAsync(id, form, User, ct) : null;
        return await EvidenceOutcomeAsync(id, validation, nameof(IdentificationViewModel.SourceForm), result, query, m => m with { SourceForm = form }, "Identification.Sources.Added", ct);
    }

    [HttpPost]
    [Authorize(Policy = Policies.CaseEditors)]
    public async Task<IActionResult> StartChecklist(Guid id, [FromServices] ChecklistHandler handler, CancellationToken ct)
    {
        var result = await handler.StartAsync(id, User, ct);
        if (!result.Found)
        {
            return NotFound();
        }

        FlashIfRefused(result);
        return RedirectToAction(result.Succeeded ? nameof(Checklist) : nameof(Case), new { id });
    }

    [HttpGet]
    [AuditView("CaseFile.Identification")]
    public async Task<IActionResult> Checklist(Guid id, [FromServices] ChecklistQuery query, CancellationToken ct) =>
        await query.GetAsync(id, User, ct) is { } model ? View(model) : NotFound();

    [HttpPost]
    [Authorize(Policy = Policies.CaseEditors)]
    [AuditView("CaseFile.Identification")]
    public async Task<IActionResult> Checklist(
        Guid id,
        ChecklistForm form,
        bool complete,
        [FromServices] IValidator<ChecklistForm> validator,
        [FromServices] ChecklistHandler handler,
        [FromServices] ChecklistQuery query,
        CancellationToken ct)
    {
        var validation = await validator.ValidateAsync(form, ct);
        var result = validation.IsValid ? await handler.SaveAsync(id, form, complete, User, ct) : null;
        var doneKey = complete ? "Identification.Checklist.Completed" : "Identification.Checklist.Saved";
        if (this.Settle(result, validation, string.Empty, l, doneKey, () => RedirectToAction(complete ? nameof(Case) : nameof(Checklist), new { id })) is { } settled)
        {
            return settled;
        }

        return await query.GetAsync(id, User, ct, form) is { } model ? View(model) : NotFound();
    }

    [HttpPost]
    [Authorize(Policy = Policies.CaseEditors)]
    public async Task<IActionResult> StartFindings(Guid id, [FromServices] FindingsHandler handler, CancellationToken ct)
    {
        var (result, findingsId) = await handler.StartAsync(id, User, ct);
        if (!result.Found)
        {
            return NotFound();
        }

        FlashIfRefused(result);
        return findingsId is { } fid ? RedirectToAction(nameof(Findings), new { id = fid }) : RedirectToAction(nameof(Case), new { id });
    }

    [HttpGet]
    [AuditView("FindingsAndOpinion")]
    public async Task<IActionResult> Findings(Guid id, [FromServices] FindingsQuery query, CancellationToken ct) =>
        await query.GetAsync(id, User, ct) is { } model ? View(model) : NotFound();

    [HttpPost]
    [Authorize(Policy = Policies.CaseEditors)]
    [AuditView("FindingsAndOpinion")]
    public async Task<IActionResult> Findings(
        Guid id,
        [Bind(Prefix = "Form")] FindingsForm form,
        bool submit,
        [FromServices] IValidator<FindingsForm> validator,
        [FromServices] FindingsHandler handler,
        [FromServices] FindingsQuery query,
        CancellationToken ct)
    {
        form.HeldForms = await handler.HeldFormsAsync(id, ct);
        var validation = await validator.ValidateAsync(form, ct);
        var result = validation.IsValid ? await handler.SaveAsync(id, form, submit, User, ct) : null;
        var doneKey = submit ? "Identification.Findings.Submitted" : "Identification.Findings.Saved";
        if (this.Settle(result, validation, "Form", l, doneKey, () => RedirectToAction(nameof(Findings), new { id })) is { } settled)
        {
            return settled;
        }

        return await query.GetAsync(id, User, ct, form) is { } model ? View(model) : NotFound();
    }

    /// <summary>A final document as PDF, in the user's language; every download is audited.</summary>
    [HttpGet]
    public async Task<IActionResult> Pdf(
        Guid id, [FromServices] FindingsQuery query, [FromServices] Reporting.IPdfRenderer renderer, [FromServices] Data.Auditing.AuditTrail audit, CancellationToken ct)
    {
        var findings = await query.GetAsync(id, User, ct);
        if (findings is not { Status: Domain.Identification.FindingsStatus.Final })
        {
            return NotFound();
        }

        // Management asks for the PDF through the reason form (a POST, IdentificationController.Story.cs).
        if (findings.SectionsHidden)
        {
            TempData.FlashError(l["Story.Findings.ReasonFirst"]);
            return RedirectToAction(nameof(Findings), new { id });
        }

        var pdf = renderer.Render(FindingsDocument.Compose(findings, l));
        await audit.RecordAsync(Domain.Auditing.AuditAction.Downloaded, "FindingsAndOpinion", id, ct: ct);
        return File(pdf, "application/pdf", FindingsDocument.FileName(findings));
    }

    [HttpPost]
    [Authorize(Roles = Roles.Coordinator)]
    public async Task<IActionResult> Approve(Guid id, int version, [FromServices] FindingsHandler handler, CancellationToken ct) =>
        Outcome(id, await handler.ApproveAsync(id, version, User, ct), "Identification.Findings.Approved");

    [HttpPost]
    [Authorize(Roles = Roles.Coordinator)]
    public async Task<IActionResult> ReturnToDraft(Guid id, int version, string? reason, [FromServices] FindingsHandler handler, CancellationToken ct) =>
        Outcome(id, await handler.ReturnToDraftAsync(id, version, reason, ct), "Identification.Findings.Returned");

    [HttpPost]
    [Authorize(Policy = Policies.CaseEditors)]
    public async Task<IActionResult> Correct(Guid id, [FromServices] FindingsHandler handler, CancellationToken ct)
    {
        var (result, correctionId) = await handler.CorrectAsync(id, User, ct);
        if (!result.Found)
        {
            return NotFound();
        }

        FlashIfRefused(result);
        return RedirectToAction(nameof(Findings), new { id = correctionId ?? id });
    }

    /// <summary>Done: back to the page with a message. Refused: the page again, with everything typed and the reasons.</summary>
    private async Task<IActionResult> EvidenceOutcomeAsync(
        Guid id,
        FluentValidation.Results.ValidationResult validation,
        string prefix,
        ChangeResult? result,
        IdentificationQuery query,
        Func<IdentificationViewModel, IdentificationViewModel> keepTyped,
        string doneKey,
        CancellationToken ct)
    {
        if (this.Settle(result, validation, prefix, l, doneKey, () => RedirectToAction(nameof(Case), new { id })) is { } settled)
        {
            return settled;
        }

        return await query.GetAsync(id, User, ct) is { } model ? View(nameof(Case), keepTyped(model)) : NotFound();
    }

    private IActionResult Outcome(Guid id, ChangeResult result, string doneKey)
    {
        if (!result.Found)
        {
            return NotFound();
        }

        if (result.Succeeded)
        {
            TempData.Flash(l[doneKey]);
        }

        FlashIfRefused(result);
        return RedirectToAction(nameof(Findings), new { id });
    }

    private void FlashIfRefused(ChangeResult result)
    {
        if (result.ErrorKey is { } key)
        {
            TempData.FlashError(l[key]);
        }
    }
}
