using Microsoft.EntityFrameworkCore;
using TraffickingCare.Web.Data;
using TraffickingCare.Web.Infrastructure.Mvc;
using TraffickingCare.Web.Infrastructure.Time;

namespace TraffickingCare.Web.Features.Shelter.Placements;

/// <summary>Moves a resident to another free bed, from now.</summary>
public sealed class MoveHandler(AppDbContext db, PlacementChange change, CentreClock clock)
{
    public Task<ChangeResult> HandleAsync(Guid placementId, MoveForm form, CancellationToken ct) =>
        change.ApplyAsync(placementId, form.Version, async placement =>
        {
            var bed = await db.Beds.SingleOrDefaultAsync(b => b.Id == form.BedId, ct);
            if (bed is null)
            {
                return ChangeResult.Refused("Shelter.Errors.BedUnknown", nameof(MoveForm.BedId));
            }

            if (bed.Id != placement.BedId && await change.IsTakenAsync(bed.Id, ct))
            {
                return ChangeResult.Refused(PlacementChange.BedTakenKey, nameof(MoveForm.BedId));
            }

            placement.MoveTo(bed, clock.UtcNow);
            return null;
        }, ct);
}
