using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using TraffickingCare.Domain.Identification;
using TraffickingCare.Web.Features.Shared.Story;
using TraffickingCare.Web.Identity;
using TraffickingCare.Web.Infrastructure.Mvc;

namespace TraffickingCare.Web.Features.Identification;

/// <summary>
/// Management reads the person's story in identification (interview summaries, the checklist's notes, the
/// findings' sections and their PDF) only with a reason, recorded before it is shown (see <see cref="CaseStory"/>).
/// </summary>
public sealed partial class IdentificationController
{
    [HttpPost]
    [Authorize(Roles = Roles.Management)]
    [AuditView("CaseFile.Identification")]
    public Task<IActionResult> RevealInterviews(Guid id, string? reason, [FromServices] IdentificationQuery query, CancellationToken ct) =>
        this.RevealAsync(StoryPart.InterviewSummaries, id, reason, proof => query.GetAsync(id, User, ct, proof), nameof(Case), ct);

    [HttpPost]
    [Authorize(Roles = Roles.Management)]
    [AuditView("CaseFile.Identification")]
    public Task<IActionResult> RevealChecklist(Guid id, string? reason, [FromServices] ChecklistQuery query, CancellationToken ct) =>
        this.RevealAsync(StoryPart.ChecklistNotes, id, reason, proof => query.GetAsync(id, User, ct, reason: proof), nameof(Checklist), ct);

    [HttpPost]
    [Authorize(Roles = Roles.Management)]
    [AuditView("FindingsAndOpinion")]
    public Task<IActionResult> RevealFindings(Guid id, string? reason, [FromServices] FindingsQuery query, CancellationToken ct) =>
        this.RevealAsync(StoryPart.Findings, id, reason, proof => query.GetAsync(id, User, ct, reason: proof), nameof(Findings), ct);

    /// <summary>The final document as PDF for management: the reason is recorded first, then the download, as for the team.</summary>
    [HttpPost]
    [ActionName(nameof(Pdf))]
    [Authorize(Roles = Roles.Management)]
    [AuditView("FindingsAndOpinion")]
    public async Task<IActionResult> PdfWithReason(
        Guid id, string? reason, [FromServices] FindingsQuery query, [FromServices] CaseStory story, [FromServices] Reporting.IPdfRenderer renderer,
        [FromServices] Data.Auditing.AuditTrail audit, CancellationToken ct)
    {
        if (await query.GetAsync(id, User, ct) is not { Status: FindingsStatus.Final } hidden)
        {
            return NotFound();
        }

        if (await story.RecordReasonAsync(StoryPart.Findings, id, reason, ct) is not { } proof)
        {
            ModelState.AddModelError(StoryReasonPrompt.FormIdOf(StoryPart.Findings), l["People.Errors.ReasonRequired"]);
            return View(nameof(Findings), hidden);
        }

        var findings = (await query.GetAsync(id, User, ct, reason: proof))!;
        var pdf = renderer.Render(FindingsDocument.Compose(findings, l));
        await audit.RecordAsync(Domain.Auditing.AuditAction.Downloaded, "FindingsAndOpinion", id, ct: ct);
        return File(pdf, "application/pdf", FindingsDocument.FileName(findings));
    }
}
