using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using TraffickingCare.Domain.Shelter;
using TraffickingCare.Web.Identity;
using TraffickingCare.Web.Infrastructure.Mvc;

namespace TraffickingCare.Web.Features.Shelter.Placements.ProgressNotes;

/// <summary>Progress notes of the plan: written and amended on the shelter file, never edited. Shelter staff and the coordinator.</summary>
[Authorize(Policy = Policies.ShelterWorkers)]
public sealed class ProgressNotesController(FormPost post, PlacementFile file) : Controller
{
    [HttpPost("Shelter/Placements/{placementId:guid}/Notes/Add")]
    [AuditView(nameof(Placement), PlacementFile.RouteKey)]
    public Task<IActionResult> Add(
        Guid placementId, [Bind(Prefix = "NoteForm")] ProgressNoteForm form, [FromServices] IValidator<ProgressNoteForm> validator, [FromServices] AddProgressNoteHandler handler, CancellationToken ct) =>
        post.EndAsync(this, form, validator, f => handler.HandleAsync(placementId, f, User, ct),
            file.End(this, placementId, "Shelter.Notes.Added", m => m with { NoteForm = form }, "NoteForm", ct), ct);
}
