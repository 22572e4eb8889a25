using Microsoft.EntityFrameworkCore;
using TraffickingCare.Web.Data;
using TraffickingCare.Web.Infrastructure.Mvc;
using TraffickingCare.Web.Infrastructure.Time;

namespace TraffickingCare.Web.Features.Shelter.Placements.Goals;

/// <summary>
/// Edits a goal (not its phase or status) against the version the page showed: a second editor is told. The one
/// responsible for it stays acceptable after they left (their account disabled), so correcting the description never
/// forces a new name; anyone else must be an enabled shelter worker.
/// </summary>
public sealed class EditGoalHandler(AppDbContext db, PlacementChange change, ShelterStaffQuery staff)
{
    public Task<ChangeResult> HandleAsync(Guid placementId, Guid goalId, GoalForm form, CancellationToken ct) =>
        change.ApplyAsync(placementId, seenVersion: null, async placement =>
        {
            if (placement.Goals.SingleOrDefault(g => g.Id == goalId) is not { } goal)
            {
                return ChangeResult.NotFound;
            }

            if (!await staff.IsShelterWorkerAsync(form.ResponsibleId, ct, held: goal.ResponsibleId))
            {
                return ChangeResult.Refused("Shelter.Errors.GoalResponsible", nameof(GoalForm.ResponsibleId));
            }

            db.Entry(goal).Property(g => g.Version).OriginalValue = form.Version;
            CentreClock.TryParseDate(form.TargetOn, out var target);
            placement.EditGoal(goalId, form.Area!.Value, form.Description!, form.Activities, form.ResponsibleId!, target);
            return null;
        }, ct, include: q => q.Include(p => p.PhaseChanges).Include(p => p.Goals.Where(g => g.Id == goalId)));
}
