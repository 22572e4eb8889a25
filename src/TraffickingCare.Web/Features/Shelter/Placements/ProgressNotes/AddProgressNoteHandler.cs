using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using TraffickingCare.Web.Infrastructure.Mvc;
using TraffickingCare.Web.Infrastructure.Time;

namespace TraffickingCare.Web.Features.Shelter.Placements.ProgressNotes;

/// <summary>
/// Writes a progress note, signed by the signed-in user at the clock's time, or an amendment of an earlier note (loaded
/// alone to check it is this placement's). Notes are added, never overwritten: no version.
/// </summary>
public sealed class AddProgressNoteHandler(PlacementChange change, CentreClock clock)
{
    public Task<ChangeResult> HandleAsync(Guid placementId, ProgressNoteForm form, ClaimsPrincipal user, CancellationToken ct) =>
        change.ApplyAsync(placementId, seenVersion: null, placement =>
        {
            placement.WriteNote(form.Text!, user.GetUserId(), clock.UtcNow, form.AmendsNoteId);
            return Task.FromResult<ChangeResult?>(null);
        }, ct, include: q => q.Include(p => p.Notes.Where(n => n.Id == form.AmendsNoteId)));
}
