using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using TraffickingCare.Domain.Cases;
using TraffickingCare.Web.Features.Shared.Story;
using TraffickingCare.Web.Identity;
using TraffickingCare.Web.Infrastructure.Mvc;

namespace TraffickingCare.Web.Features.Cases.CaseNotes;

/// <summary>The case's notes: written by the team, corrected in their first 24 hours, read by management only with a recorded reason.</summary>
[Authorize(Policy = Policies.CaseReaders)]
public sealed class CaseNotesController(FormPost post, CasePage casePage) : Controller
{
    [HttpPost("Cases/AddNote/{caseId:guid}")]
    [Authorize(Policy = Policies.CaseEditors)]
    public Task<IActionResult> AddNote(
        Guid caseId, [Bind(Prefix = "NoteForm")] CaseNoteForm form, [FromServices] IValidator<CaseNoteForm> validator, [FromServices] AddCaseNoteHandler handler, CancellationToken ct) =>
        post.EndAsync(this, form, validator, f => handler.HandleAsync(caseId, f, User, ct),
            casePage.End(this, caseId, "Cases.Notes.Added", ct, m => m with { NoteForm = form }, prefix: "NoteForm"), ct);

    /// <summary>
    /// A correction of one's own note. Refused, the case page comes back with nothing typed lost: the note's form open
    /// with the text and the reason while it can still be corrected; once it cannot (past its 24 hours, or not the
    /// user's), the text waits in the add form as an amendment of that note, the one change left.
    /// </summary>
    [HttpPost("CaseNotes/Edit/{caseId:guid}")]
    [Authorize(Policy = Policies.CaseEditors)]
    public Task<IActionResult> Edit(
        Guid caseId,
        [FromQuery] Guid noteId,
        [Bind(Prefix = EditNoteForm.Prefix)] CaseNoteForm form,
        [FromServices] IValidator<CaseNoteForm> validator,
        [FromServices] EditCaseNoteHandler handler,
        CancellationToken ct) =>
        post.EndAsync(this, form, validator, f => handler.HandleAsync(caseId, noteId, f, User, ct),
            casePage.End(this, caseId, "Cases.Notes.Edited", ct, page => page.Notes.Any(n => n.Id == noteId && n.CanEdit)
                ? page with { RefusedCorrectionOf = noteId }
                : page with { NoteForm = new CaseNoteForm { Text = form.Text, AmendsNoteId = page.Notes.Any(n => n.Id == noteId) ? noteId : null } },
                prefix: EditNoteForm.Prefix), ct);

    /// <summary>Management reads the notes' text only after saying why (see <see cref="CaseStory"/>).</summary>
    [HttpPost("Cases/RevealNotes/{caseId:guid}")]
    [Authorize(Roles = Roles.Management)]
    [AuditView(nameof(CaseFile), CasePage.RouteKey)]
    public Task<IActionResult> RevealNotes(Guid caseId, string? reason, CancellationToken ct) => casePage.RevealAsync(this, StoryPart.Notes, caseId, reason, ct);
}
