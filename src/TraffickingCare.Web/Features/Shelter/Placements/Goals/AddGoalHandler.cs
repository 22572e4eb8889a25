using Microsoft.EntityFrameworkCore;
using TraffickingCare.Web.Infrastructure.Mvc;
using TraffickingCare.Web.Infrastructure.Time;

namespace TraffickingCare.Web.Features.Shelter.Placements.Goals;

/// <summary>Adds a goal to a phase of the plan; it starts planned. Goals are added, never overwritten, so it carries no version.</summary>
public sealed class AddGoalHandler(PlacementChange change, ShelterStaffQuery staff)
{
    public async Task<ChangeResult> HandleAsync(Guid placementId, GoalForm form, CancellationToken ct)
    {
        if (!await staff.IsShelterWorkerAsync(form.ResponsibleId, ct))
        {
            return ChangeResult.Refused("Shelter.Errors.GoalResponsible", nameof(GoalForm.ResponsibleId));
        }

        return await change.ApplyAsync(placementId, seenVersion: null, placement =>
        {
            CentreClock.TryParseDate(form.TargetOn, out var target);
            placement.AddGoal(form.Phase!.Value, form.Area!.Value, form.Description!, form.Activities, form.ResponsibleId!, target);
            return Task.FromResult<ChangeResult?>(null);
        }, ct, include: q => q.Include(p => p.PhaseChanges));
    }
}
