using TraffickingCare.Domain.Shelter;
using TraffickingCare.Web.Data;
using TraffickingCare.Web.Infrastructure.Mvc;
using TraffickingCare.Web.Infrastructure.Time;

namespace TraffickingCare.Web.Features.Shelter.Placements.FollowUps;

/// <summary>Schedules another follow-up contact after the exit, for a member of the shelter's staff or a coordinator.</summary>
public sealed class ScheduleFollowUpHandler(AppDbContext db, PlacementChange change, ShelterStaffQuery staff)
{
    public async Task<ChangeResult> HandleAsync(Guid placementId, FollowUpForm form, CancellationToken ct)
    {
        if (!await staff.IsShelterWorkerAsync(form.AssigneeId, ct))
        {
            return ChangeResult.Refused("Shelter.Errors.FollowUpAssignee", nameof(FollowUpForm.AssigneeId));
        }

        return await change.ApplyAsync(placementId, seenVersion: null, placement =>
        {
            CentreClock.TryParseDate(form.FollowUpOn, out var due);
            db.ShelterFollowUps.Add(ShelterFollowUp.Schedule(placement, due, form.AssigneeId!));
            return Task.FromResult<ChangeResult?>(null);
        }, ct, include: q => q);
    }
}
