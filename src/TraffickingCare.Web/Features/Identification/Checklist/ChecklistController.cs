using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using TraffickingCare.Web.Features.Shared.Story;
using TraffickingCare.Web.Identity;
using TraffickingCare.Web.Infrastructure.Mvc;

namespace TraffickingCare.Web.Features.Identification.Checklist;

/// <summary>
/// The preliminary identification of a case: the team answers the indicators and completes it; management
/// reads the answers' sources and notes only with a reason (see <see cref="CaseStory"/>).
/// </summary>
[Authorize(Policy = Policies.CaseReaders)]
public sealed class ChecklistController(FormPost post, ChecklistQuery query) : Controller
{
    [HttpPost("Identification/StartChecklist/{caseId:guid}")]
    [Authorize(Policy = Policies.CaseEditors)]
    public Task<IActionResult> StartChecklist(Guid caseId, [FromServices] StartChecklistHandler handler, CancellationToken ct) =>
        post.EndButtonAsync(this, () => handler.HandleAsync(caseId, User, ct),
            new("Identification.Checklist.Started",
                Done: r => r.Succeeded ? RedirectToAction(nameof(Checklist), new { caseId }) : IdentificationPages.Case(caseId)));

    [HttpGet("Identification/Checklist/{caseId:guid}")]
    [AuditView(IdentificationAudit.Case, "caseId")]
    public async Task<IActionResult> Checklist(Guid caseId, CancellationToken ct) =>
        await query.GetAsync(caseId, User, ct) is { } model ? View(model) : NotFound();

    /// <summary>Saves the answers; the complete button also closes the checklist and goes back to the case's identification.</summary>
    [HttpPost("Identification/Checklist/{caseId:guid}")]
    [Authorize(Policy = Policies.CaseEditors)]
    [AuditView(IdentificationAudit.Case, "caseId")]
    public Task<IActionResult> Checklist(
        Guid caseId,
        [Bind(Prefix = nameof(ChecklistViewModel.Form))] ChecklistForm form,
        bool complete,
        [FromServices] IValidator<ChecklistForm> validator,
        [FromServices] SaveChecklistHandler handler,
        CancellationToken ct) =>
        post.EndAsync(this, form, validator, f => handler.HandleAsync(caseId, f, complete, User, ct),
            new(complete ? "Identification.Checklist.Completed" : "Identification.Checklist.Saved",
                Done: _ => complete ? IdentificationPages.Case(caseId) : RedirectToAction(nameof(Checklist), new { caseId }),
                // A refusal of what was typed keeps the version the page was opened with, so a change made meanwhile is still
                // caught; after a conflict the page carries the saved version (saving again is then a deliberate overwrite).
                Again: async r => await query.GetAsync(caseId, User, ct, form) is { } model
                    ? View(r is { IsConflict: true } ? model : model with { Version = form.Version })
                    : NotFound(),
                Prefix: nameof(ChecklistViewModel.Form)), ct);

    /// <summary>Management reads the indicators' sources and notes with a reason, recorded before they are shown.</summary>
    [HttpPost("Identification/RevealChecklist/{caseId:guid}")]
    [Authorize(Roles = Roles.Management)]
    [AuditView(IdentificationAudit.Case, "caseId")]
    public Task<IActionResult> RevealChecklist(Guid caseId, string? reason, [FromServices] StoryReveal reveal, CancellationToken ct) =>
        reveal.RevealAsync(this, StoryPart.ChecklistNotes, caseId, reason, proof => query.GetAsync(caseId, User, ct, reason: proof), nameof(Checklist), ct);
}
