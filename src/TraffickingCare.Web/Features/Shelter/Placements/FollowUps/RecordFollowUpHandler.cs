using Microsoft.EntityFrameworkCore;
using TraffickingCare.Web.Data;
using TraffickingCare.Web.Infrastructure.Mvc;
using TraffickingCare.Web.Infrastructure.Time;

namespace TraffickingCare.Web.Features.Shelter.Placements.FollowUps;

/// <summary>Records the outcome of a follow-up once, against the version the page showed: a second, stale save is told.</summary>
public sealed class RecordFollowUpHandler(AppDbContext db, PlacementChange change, CentreClock clock)
{
    public Task<ChangeResult> HandleAsync(Guid placementId, Guid followUpId, FollowUpOutcomeForm form, CancellationToken ct) =>
        change.ApplyAsync(placementId, seenVersion: null, async placement =>
        {
            var followUp = await db.ShelterFollowUps.SingleOrDefaultAsync(f => f.Id == followUpId && f.PlacementId == placementId, ct);
            if (followUp is null)
            {
                return ChangeResult.NotFound;
            }

            if (followUp.Version != form.Version)
            {
                return ChangeResult.Refused(ChangeResult.ConflictKey);
            }

            db.Entry(followUp).Property(f => f.Version).OriginalValue = form.Version;
            CentreClock.TryParseDate(form.DoneOn, out var doneOn);
            followUp.Record(placement, form.Outcome!.Value, doneOn, form.Note, clock.Today);
            return null;
        }, ct, include: q => q);
}
