using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using TraffickingCare.Domain.Common;
using TraffickingCare.Web.Infrastructure.Mvc;
using TraffickingCare.Web.Infrastructure.Time;

namespace TraffickingCare.Web.Features.Cases.CaseNotes;

/// <summary>Corrects one's own note in its first 24 hours; after that the domain refuses and only amendments remain.</summary>
public sealed class EditCaseNoteHandler(CaseChange change, CentreClock clock)
{
    public Task<ChangeResult> HandleAsync(Guid caseId, Guid noteId, CaseNoteForm form, ClaimsPrincipal user, CancellationToken ct) =>
        change.ApplyAsync(caseId, user, seenVersion: null, file =>
        {
            var note = file.Notes.FirstOrDefault(n => n.Id == noteId) ?? throw new DomainException("Cases.Errors.NoteNotFound");
            note.Edit(form.Text!, user.GetUserId(), clock.UtcNow);
        }, ct, include: q => q.Include(c => c.Notes));
}
