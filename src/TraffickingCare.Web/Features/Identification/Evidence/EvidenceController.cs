using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using TraffickingCare.Web.Features.Shared.Story;
using TraffickingCare.Web.Identity;
using TraffickingCare.Web.Infrastructure.Mvc;

namespace TraffickingCare.Web.Features.Identification.Evidence;

/// <summary>
/// The interviews and other sources of formal identification, on the case's identification page: the team logs
/// them; management reads what was said only with a reason (see <see cref="CaseStory"/>).
/// </summary>
[Authorize(Policy = Policies.CaseReaders)]
public sealed class EvidenceController(FormPost post, IdentificationQuery query) : Controller
{
    [HttpPost("Identification/AddInterview/{caseId:guid}")]
    [Authorize(Policy = Policies.CaseEditors)]
    [AuditView(IdentificationAudit.Case, "caseId")]
    public Task<IActionResult> AddInterview(
        Guid caseId,
        [Bind(Prefix = nameof(IdentificationViewModel.InterviewForm))] InterviewForm form,
        [FromServices] IValidator<InterviewForm> validator,
        [FromServices] AddInterviewHandler handler,
        CancellationToken ct) =>
        post.EndAsync(this, form, validator, f => handler.HandleAsync(caseId, f, User, ct),
            new("Identification.Interviews.Added",
                Done: _ => IdentificationPages.Case(caseId),
                Again: _ => CasePageAsync(caseId, m => m with { InterviewForm = form }, ct),
                Prefix: nameof(IdentificationViewModel.InterviewForm)), ct);

    [HttpPost("Identification/AddSource/{caseId:guid}")]
    [Authorize(Policy = Policies.CaseEditors)]
    [AuditView(IdentificationAudit.Case, "caseId")]
    public Task<IActionResult> AddSource(
        Guid caseId,
        [Bind(Prefix = nameof(IdentificationViewModel.SourceForm))] SourceForm form,
        [FromServices] IValidator<SourceForm> validator,
        [FromServices] AddSourceHandler handler,
        CancellationToken ct) =>
        post.EndAsync(this, form, validator, f => handler.HandleAsync(caseId, f, User, ct),
            new("Identification.Sources.Added",
                Done: _ => IdentificationPages.Case(caseId),
                Again: _ => CasePageAsync(caseId, m => m with { SourceForm = form }, ct),
                Prefix: nameof(IdentificationViewModel.SourceForm)), ct);

    /// <summary>Management reads the interviews and sources with a reason, recorded before they are shown.</summary>
    [HttpPost("Identification/RevealInterviews/{caseId:guid}")]
    [Authorize(Roles = Roles.Management)]
    [AuditView(IdentificationAudit.Case, "caseId")]
    public Task<IActionResult> RevealInterviews(Guid caseId, string? reason, [FromServices] StoryReveal reveal, CancellationToken ct) =>
        reveal.RevealAsync(this, StoryPart.InterviewSummaries, caseId, reason, proof => query.GetAsync(caseId, User, ct, proof), nameof(IdentificationController.Case), ct);

    /// <summary>The case's identification page again, with what was typed in the refused form.</summary>
    private async Task<IActionResult> CasePageAsync(Guid caseId, Func<IdentificationViewModel, IdentificationViewModel> keepTyped, CancellationToken ct) =>
        await query.GetAsync(caseId, User, ct) is { } model ? View(nameof(IdentificationController.Case), keepTyped(model)) : NotFound();
}
