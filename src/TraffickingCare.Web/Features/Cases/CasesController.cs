using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using TraffickingCare.Web.Features.Shared.Access;
using TraffickingCare.Web.Features.Shared.Lookups;
using TraffickingCare.Web.Features.Shared.Story;
using TraffickingCare.Web.Identity;
using TraffickingCare.Web.Infrastructure.Mvc;
using TraffickingCare.Web.Resources;

namespace TraffickingCare.Web.Features.Cases;

/// <summary>The case file. Which cases a user reaches is decided by <see cref="CaseAccess"/> alone.</summary>
[Authorize(Policy = Policies.CaseReaders)]
public sealed class CasesController(IStringLocalizer<SharedResource> l) : Controller
{
    [HttpGet]
    public async Task<IActionResult> Index(CaseListFilter filter, [FromServices] CaseListQuery query, CancellationToken ct) =>
        View(await query.GetAsync(filter, User, ct));

    [HttpGet]
    [AuditView("CaseFile")]
    public async Task<IActionResult> Details(Guid id, [FromServices] CaseDetailsQuery query, CancellationToken ct)
    {
        var model = await query.GetAsync(id, User, ct);
        return model is null ? NotFound() : View(model);
    }

    /// <summary>Management reads the notes' text only after saying why (see <see cref="CaseStory"/>).</summary>
    [HttpPost]
    [Authorize(Roles = Roles.Management)]
    [AuditView("CaseFile")]
    public Task<IActionResult> RevealNotes(Guid id, string? reason, [FromServices] CaseDetailsQuery query, CancellationToken ct) =>
        this.RevealAsync(StoryPart.Notes, id, reason, proof => query.GetAsync(id, User, ct, proof), nameof(Details), ct);

    [HttpPost]
    [Authorize(Policy = Policies.CaseEditors)]
    public async Task<IActionResult> AddNote(
        Guid id,
        [Bind(Prefix = "NoteForm")] CaseNoteForm form,
        [FromServices] IValidator<CaseNoteForm> validator,
        [FromServices] CaseChangeHandler handler,
        [FromServices] CaseDetailsQuery query,
        CancellationToken ct)
    {
        var validation = await validator.ValidateAsync(form, ct);
        var result = validation.IsValid ? await handler.AddNoteAsync(id, form, User, ct) : null;
        return await OutcomeAsync(id, validation, "NoteForm", result, query, model => model with { NoteForm = form }, "Cases.Notes.Added", ct);
    }

    [HttpPost]
    [Authorize(Policy = Policies.CaseEditors)]
    public async Task<IActionResult> Move(Guid id, MoveCaseForm form, [FromServices] CaseChangeHandler handler, [FromServices] CaseDetailsQuery query, CancellationToken ct) =>
        await OutcomeAsync(id, new FluentValidation.Results.ValidationResult(), string.Empty, await handler.MoveAsync(id, form, User, ct), query, m => m, "Cases.Move.Done", ct);

    [HttpPost]
    [Authorize(Policy = Policies.CaseEditors)]
    public async Task<IActionResult> Close(
        Guid id,
        [Bind(Prefix = "CloseForm")] CloseCaseForm form,
        [FromServices] IValidator<CloseCaseForm> validator,
        [FromServices] CaseChangeHandler handler,
        [FromServices] CaseDetailsQuery query,
        CancellationToken ct)
    {
        var validation = await validator.ValidateAsync(form, ct);
        var result = validation.IsValid ? await handler.CloseAsync(id, form, User, ct) : null;
        return await OutcomeAsync(id, validation, "CloseForm", result, query, model => model with { CloseForm = form }, "Cases.Close.Done", ct);
    }

    [HttpPost]
    [Authorize(Roles = Roles.Coordinator)]
    public async Task<IActionResult> Team(
        Guid id,
        CaseTeamForm form,
        [FromServices] CaseworkerOptionsQuery caseworkers,
        [FromServices] CaseChangeHandler handler,
        [FromServices] CaseDetailsQuery query,
        CancellationToken ct)
    {
        var validation = new FluentValidation.Results.ValidationResult();
        if (form.Change is "lead" or "add" && !await caseworkers.IsCaseworkerAsync(form.UserId, ct))
        {
            validation.Errors.Add(new FluentValidation.Results.ValidationFailure(string.Empty, l["Referrals.Triage.Errors.AssigneeRequired"]));
        }

        var result = validation.IsValid ? await handler.ChangeTeamAsync(id, form, User, ct) : null;
        return await OutcomeAsync(id, validation, string.Empty, result, query, m => m, "Cases.Team.Done", ct);
    }

    [HttpPost]
    [Authorize(Policy = Policies.CaseEditors)]
    public async Task<IActionResult> Reopen(Guid id, MoveCaseForm form, [FromServices] CaseChangeHandler handler, [FromServices] CaseDetailsQuery query, CancellationToken ct) =>
        await OutcomeAsync(id, new FluentValidation.Results.ValidationResult(), string.Empty, await handler.ReopenAsync(id, form, User, ct), query, m => m, "Cases.Reopen.Done", ct);

    // Done: back to the case (Post/Redirect/Get). Refused: the case as it is now, with what was typed.
    private async Task<IActionResult> OutcomeAsync(
        Guid id,
        FluentValidation.Results.ValidationResult validation,
        string prefix,
        ChangeResult? result,
        CaseDetailsQuery query,
        Func<CaseDetailsViewModel, CaseDetailsViewModel> keepInput,
        string doneKey,
        CancellationToken ct)
    {
        if (this.Settle(result, validation, prefix, l, doneKey, () => RedirectToAction(nameof(Details), new { id })) is { } settled)
        {
            return settled;
        }

        var model = await query.GetAsync(id, User, ct);
        if (model is null)
        {
            return NotFound();
        }

        // The refused form shows the whole case again: that is a view of the file too.
        await HttpContext.RequestServices.GetRequiredService<Data.Auditing.AuditTrail>().RecordViewAsync("CaseFile", id, ct: ct);
        return View(nameof(Details), keepInput(model));
    }
}
