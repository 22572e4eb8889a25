using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using TraffickingCare.Domain.Cases;
using TraffickingCare.Web.Identity;
using TraffickingCare.Web.Infrastructure.Mvc;

namespace TraffickingCare.Web.Features.Proceedings;

/// <summary>
/// A case's criminal proceedings: the team and the coordinator record and change them, management reads them
/// without the secret parts (case number, lawyer, reasons, outcomes). A proceeding is reached only through its case.
/// Hearings have their own sub-folder (<c>Hearings</c>).
/// </summary>
[Authorize(Policy = Policies.CaseReaders)]
public sealed class ProceedingsController(FormPost post, ProceedingPageQuery query) : Controller
{
    public const string FormPrefix = nameof(ProceedingPage.Form);
    public const string StagePrefix = nameof(ProceedingPage.StageForm);

    public static RedirectToActionResult Show(Guid proceedingId) => new(nameof(Proceeding), "Proceedings", new { proceedingId });

    public static RedirectToActionResult ShowCase(Guid caseId) => new(nameof(Case), "Proceedings", new { caseId });

    [HttpGet("Cases/{caseId:guid}/Proceedings")]
    [AuditView(nameof(CaseFile), "caseId")]
    public async Task<IActionResult> Case(Guid caseId, CancellationToken ct) =>
        await query.CaseAsync(caseId, User, ct) is { } page ? View(page) : NotFound();

    [HttpPost("Cases/{caseId:guid}/Proceedings")]
    [Authorize(Policy = Policies.CaseEditors)]
    [AuditView(nameof(CaseFile), "caseId")]
    public Task<IActionResult> Open(
        Guid caseId, [Bind(Prefix = FormPrefix)] OpenProceedingForm form, [FromServices] IValidator<OpenProceedingForm> validator, [FromServices] OpenProceedingHandler handler, CancellationToken ct) =>
        post.EndAsync(this, form, validator, f => handler.HandleAsync(caseId, f, User, ct),
            new("Proceedings.Opened",
                Done: r => Show(r.Id!.Value),
                Again: async _ => await query.CaseAsync(caseId, User, ct) is { } page ? View(nameof(Case), page with { Form = form }) : NotFound(),
                Prefix: FormPrefix), ct);

    [HttpGet("Proceedings/{proceedingId:guid}")]
    [AuditView(nameof(Proceeding), "proceedingId")]
    public async Task<IActionResult> Proceeding(Guid proceedingId, CancellationToken ct) =>
        await query.ProceedingAsync(proceedingId, User, ct) is { } page ? View(page) : NotFound();

    [HttpPost("Proceedings/{proceedingId:guid}/Edit")]
    [Authorize(Policy = Policies.CaseEditors)]
    [AuditView(nameof(Proceeding), "proceedingId")]
    public Task<IActionResult> Edit(
        Guid proceedingId, [Bind(Prefix = FormPrefix)] ProceedingForm form, [FromServices] IValidator<ProceedingForm> validator, [FromServices] EditProceedingHandler handler, CancellationToken ct) =>
        post.EndAsync(this, form, validator, f => handler.HandleAsync(proceedingId, f, User, ct),
            new("Proceedings.Saved", Done: _ => Show(proceedingId), Again: r => AgainAsync(proceedingId, r, FormPrefix, p => p with { Form = form }, ct), Prefix: FormPrefix), ct);

    [HttpPost("Proceedings/{proceedingId:guid}/Stage")]
    [Authorize(Policy = Policies.CaseEditors)]
    [AuditView(nameof(Proceeding), "proceedingId")]
    public Task<IActionResult> Stage(
        Guid proceedingId, [Bind(Prefix = StagePrefix)] StageForm form, [FromServices] IValidator<StageForm> validator, [FromServices] MoveStageHandler handler, CancellationToken ct) =>
        post.EndAsync(this, form, validator, f => handler.HandleAsync(proceedingId, f, User, ct),
            new("Proceedings.StageMoved", Done: _ => Show(proceedingId), Again: r => AgainAsync(proceedingId, r, StagePrefix, p => p with { StageForm = form }, ct), Prefix: StagePrefix), ct);

    /// <summary>
    /// The proceeding's page again with what was typed. After a conflict it shows what is saved now and carries the
    /// current version, so saving again is a deliberate overwrite by someone who has seen the other change.
    /// </summary>
    private async Task<IActionResult> AgainAsync(Guid proceedingId, ChangeResult? result, string prefix, Func<ProceedingPage, ProceedingPage> keepTyped, CancellationToken ct)
    {
        if (await query.ProceedingAsync(proceedingId, User, ct) is not { } page)
        {
            return NotFound();
        }

        ModelState.Remove($"{prefix}.{nameof(ProceedingForm.Version)}");
        var shown = keepTyped(page);

        // Only a conflict moves the typed form to the current version: after any other refusal it keeps the version
        // it was shown with, so a change someone made meanwhile is still caught by the next save. (The form not sent
        // comes from the page and has the current version already.)
        if (result is { IsConflict: true })
        {
            shown.Form.Version = page.Summary.Version;
            shown.StageForm.Version = page.Summary.Version;
        }

        return View(nameof(Proceeding), shown);
    }
}
