using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using TraffickingCare.Domain.Cases;
using TraffickingCare.Domain.Common;
using TraffickingCare.Web.Data;
using TraffickingCare.Web.Features.Shared.Access;
using TraffickingCare.Web.Infrastructure.Mvc;
using TraffickingCare.Web.Infrastructure.Time;

namespace TraffickingCare.Web.Features.Cases;

/// <summary>
/// Every change to a case: load it through <see cref="CaseAccess"/> (so a case out of reach is not
/// found), apply one domain method, save with the version the user saw.
/// </summary>
public sealed class CaseChangeHandler(AppDbContext db, CaseAccess access, CentreClock clock)
{
    public Task<ChangeResult> AddNoteAsync(Guid id, CaseNoteForm form, ClaimsPrincipal user, CancellationToken ct) =>
        ChangeAsync(id, user, seenVersion: null, file =>
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
        }, ct, includeNotes: true);

    public Task<ChangeResult> EditNoteAsync(Guid id, Guid noteId, string text, ClaimsPrincipal user, CancellationToken ct) =>
        ChangeAsync(id, user, seenVersion: null, file =>
        {
            var note = file.Notes.FirstOrDefault(n => n.Id == noteId) ?? throw new DomainException("Cases.Errors.NoteNotFound");
            note.Edit(text, user.GetUserId(), clock.UtcNow);
        }, ct, includeNotes: true);

    public Task<ChangeResult> MoveAsync(Guid id, MoveCaseForm form, ClaimsPrincipal user, CancellationToken ct) =>
        ChangeAsync(id, user, form.Version, file => file.MoveTo(form.Status ?? throw new DomainException("Cases.Errors.InvalidTransition"), clock.Today), ct);

    public Task<ChangeResult> CloseAsync(Guid id, CloseCaseForm form, ClaimsPrincipal user, CancellationToken ct) =>
        ChangeAsync(id, user, form.Version, file =>
            file.Close(form.ClosureReasonCode!, CentreClock.TryParseDate(form.FollowUpOn, out var d) ? d : null, clock.UtcNow), ct);

    /// <summary>Staffing and restriction are the coordinator's (the controller allows only that role).</summary>
    public Task<ChangeResult> ChangeTeamAsync(Guid id, CaseTeamForm form, ClaimsPrincipal user, CancellationToken ct) =>
        ChangeAsync(id, user, form.Version, file =>
        {
            switch (form.Change)
            {
                case "lead":
                    file.AssignLead(form.UserId!);
                    break;
                case "add":
                    file.AddToTeam(form.UserId!);
                    break;
                case "remove":
                    file.RemoveFromTeam(form.UserId!, user.GetUserId(), clock.UtcNow);
                    break;
                case "restrict":
                    file.Restrict();
                    break;
                case "unrestrict":
                    file.Unrestrict();
                    break;
                default:
                    throw new DomainException("Cases.Errors.InvalidTransition");
            }
        }, ct, includeTeam: true);

    public Task<ChangeResult> ReopenAsync(Guid id, MoveCaseForm form, ClaimsPrincipal user, CancellationToken ct) =>
        ChangeAsync(id, user, form.Version, file => file.Reopen(), ct);

    // Notes are added, never overwritten, so adding one does not compete with a status change: it
    // carries no version. Status changes do.
    private async Task<ChangeResult> ChangeAsync(
        Guid id, ClaimsPrincipal user, int? seenVersion, Action<CaseFile> change, CancellationToken ct, bool includeNotes = false, bool includeTeam = false)
    {
        var query = access.Editable(user);
        query = includeNotes ? query.Include(c => c.Notes) : query;
        query = includeTeam ? query.Include(c => c.Team) : query;
        var file = await query.SingleOrDefaultAsync(c => c.Id == id, ct);
        if (file is null)
        {
            return ChangeResult.NotFound;
        }

        if (seenVersion is { } version)
        {
            db.Entry(file).Property(c => c.Version).OriginalValue = version;
        }

        return await ChangeResult.OfAsync(() =>
        {
            change(file);
            return db.SaveChangesAsync(ct);
        });
    }
}
