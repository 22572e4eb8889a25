using Microsoft.EntityFrameworkCore;
using TraffickingCare.Domain.Shelter;
using TraffickingCare.Web.Data;
using TraffickingCare.Web.Infrastructure.Mvc;

namespace TraffickingCare.Web.Features.Shelter.Beds;

/// <summary>The coordinator's changes to units, rooms and beds: each one record added or changed, one save.</summary>
public sealed class BedAdministration(AppDbContext db, Placements.PlacementChange placements)
{
    public Task<ChangeResult> AddUnitAsync(UnitForm form, CancellationToken ct) =>
        ChangeResult.OfAsync(async () =>
        {
            db.ShelterUnits.Add(ShelterUnit.Open(form.Name!, form.Address!));
            await db.SaveChangesAsync(ct);
        });

    public async Task<ChangeResult> AddRoomAsync(Guid shelterId, RoomForm form, CancellationToken ct) =>
        !await db.ShelterUnits.AnyAsync(u => u.Id == shelterId, ct) ? ChangeResult.NotFound : await ChangeResult.OfAsync(async () =>
        {
            db.ShelterRooms.Add(ShelterRoom.In(shelterId, form.Name!));
            await db.SaveChangesAsync(ct);
        });

    public async Task<ChangeResult> AddBedAsync(Guid roomId, BedForm form, CancellationToken ct) =>
        !await db.ShelterRooms.AnyAsync(r => r.Id == roomId, ct) ? ChangeResult.NotFound : await ChangeResult.OfAsync(async () =>
        {
            db.Beds.Add(Bed.In(roomId, form.Name!));
            await db.SaveChangesAsync(ct);
        });

    /// <summary>Out of use only when nobody is in it; back in use at any time.</summary>
    public async Task<ChangeResult> SetInUseAsync(Guid bedId, bool inUse, CancellationToken ct)
    {
        var bed = await db.Beds.SingleOrDefaultAsync(b => b.Id == bedId, ct);
        if (bed is null)
        {
            return ChangeResult.NotFound;
        }

        var occupied = !inUse && await placements.IsTakenAsync(bedId, ct);
        return await ChangeResult.OfAsync(async () =>
        {
            if (inUse)
            {
                bed.PutBackInUse();
            }
            else
            {
                bed.TakeOutOfUse(occupied);
            }

            await db.SaveChangesAsync(ct);
        });
    }
}
