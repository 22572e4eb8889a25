using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using TraffickingCare.Web.Infrastructure.Mvc;
using TraffickingCare.Web.Infrastructure.Time;

namespace TraffickingCare.Web.Features.Cases.CaseNotes;

/// <summary>
/// Adds a note, or an amendment to an earlier one. Notes are added, never overwritten, so adding one does
/// not compete with a status change: it carries no version.
/// </summary>
public sealed class AddCaseNoteHandler(CaseChange change, CentreClock clock)
{
    public Task<ChangeResult> HandleAsync(Guid caseId, CaseNoteForm form, ClaimsPrincipal user, CancellationToken ct) =>
        change.ApplyAsync(caseId, user, seenVersion: null, file =>
        {
            var author = user.GetUserId();
            if (form.AmendsNoteId is { } amends)
            {
                file.Amend(amends, form.Text!, author, clock.UtcNow);
            }
            else
            {
                file.AddNote(form.Text!, author, clock.UtcNow);
            }
        }, ct, include: q => q.Include(c => c.Notes));
}
