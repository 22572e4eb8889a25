using Microsoft.EntityFrameworkCore;
using TraffickingCare.Web.Data;
using TraffickingCare.Web.Features.Shared.Pages;

namespace TraffickingCare.Web.Features.Shelter.Placements;

/// <summary>
/// The plan of one placement in five SQL commands whatever its size: goals (with the latest review's time), the
/// number of notes and one page of them (newest first), the phase changes, and the staff a goal can be given to.
/// Names come from the users table in the same commands.
/// </summary>
public sealed class PlacementPlanQuery(AppDbContext db, ShelterStaffQuery staff)
{
    public const int NotesPageSize = 20;

    public async Task<PlacementPlan> GetAsync(Guid placementId, int notesPage, CancellationToken ct)
    {
        var goals = await GoalsAsync(placementId, ct);

        var notes = db.ProgressNotes.AsNoTracking().Where(n => n.PlacementId == placementId);
        var count = await notes.CountAsync(ct);
        var pages = Math.Max(1, (count + NotesPageSize - 1) / NotesPageSize);
        var page = Math.Clamp(notesPage, 1, pages);
        var notesPageRows = await notes
            .OrderByDescending(n => n.WrittenAtUtc).ThenByDescending(n => n.Id)
            .Skip((page - 1) * NotesPageSize).Take(NotesPageSize)
            .Select(n => new ProgressNoteRow(n.Id, n.Text,
                db.Users.Where(u => u.Id == n.AuthorId).Select(u => u.DisplayName).FirstOrDefault() ?? "–",
                n.WrittenAtUtc, n.AmendsNoteId,
                db.ProgressNotes.Where(o => o.Id == n.AmendsNoteId).Select(o => (DateTime?)o.WrittenAtUtc).FirstOrDefault()))
            .ToListAsync(ct);

        var changes = await PhaseChangesAsync(placementId, ct);

        return new PlacementPlan(goals, notesPageRows, count, new Pager(page, pages), changes, await staff.GetAsync(ct));
    }

    /// <summary>The goals of a placement, phase by phase in the programme's order, then by target date: one SQL command.</summary>
    public Task<List<PlanGoalRow>> GoalsAsync(Guid placementId, CancellationToken ct) =>
        db.PlanGoals.AsNoTracking()
            .Where(g => g.PlacementId == placementId)
            .OrderBy(g => g.Phase == Domain.Shelter.ShelterPhase.Stabilisation ? 0 : g.Phase == Domain.Shelter.ShelterPhase.Recovery ? 1 : 2)
            .ThenBy(g => g.TargetOn).ThenBy(g => g.CreatedAtUtc)
            .Select(g => new PlanGoalRow(g.Id, g.Phase, g.Area, g.Description, g.Activities,
                db.Users.Where(u => u.Id == g.ResponsibleId).Select(u => u.DisplayName).FirstOrDefault() ?? "–",
                g.TargetOn, g.Status, g.Reviews.Max(r => (DateTime?)r.ReviewedAtUtc)))
            .ToListAsync(ct);

    /// <summary>The phase history of a placement, oldest proposal first, with who proposed and who decided: one SQL command.</summary>
    public Task<List<PhaseChangeRow>> PhaseChangesAsync(Guid placementId, CancellationToken ct) =>
        db.PhaseChanges.AsNoTracking()
            .Where(c => c.PlacementId == placementId)
            .OrderBy(c => c.ProposedAtUtc)
            .Select(c => new PhaseChangeRow(c.Id, c.Version, c.From, c.To, c.Review, c.SkipReason, c.ProposedBy,
                db.Users.Where(u => u.Id == c.ProposedBy).Select(u => u.DisplayName).FirstOrDefault() ?? "–",
                c.ProposedAtUtc, c.Status,
                db.Users.Where(u => u.Id == c.DecidedBy).Select(u => u.DisplayName).FirstOrDefault(),
                c.DecidedAtUtc, c.ReturnReason))
            .ToListAsync(ct);
}
