using System.Security.Claims;
using TraffickingCare.Domain.Shelter;
using TraffickingCare.Web.Data;
using TraffickingCare.Web.Infrastructure.Mvc;
using TraffickingCare.Web.Infrastructure.Time;

namespace TraffickingCare.Web.Features.Shelter.Placements;

/// <summary>
/// Records the exit: her bed is free from then; a readmission later is a new placement. A first follow-up contact,
/// if a day is given, is scheduled in the same save for the one who records the exit.
/// </summary>
public sealed class ExitHandler(AppDbContext db, PlacementChange change, CentreClock clock)
{
    public Task<ChangeResult> HandleAsync(Guid placementId, ExitForm form, ClaimsPrincipal user, CancellationToken ct) =>
        change.ApplyAsync(placementId, form.Version, placement =>
        {
            CentreClock.TryParseDate(form.ExitedOn, out var on);
            CentreClock.TryParseTime(form.ExitedAt, out var at);
            placement.Exit(CentreClock.ToUtc(on, at), on, form.Destination!.Value, form.Reason, clock.UtcNow);
            if (CentreClock.TryParseDate(form.FollowUpOn, out var followUpOn))
            {
                db.ShelterFollowUps.Add(ShelterFollowUp.Schedule(placement, followUpOn, user.GetUserId()));
            }

            return Task.FromResult<ChangeResult?>(null);
        }, ct);
}
