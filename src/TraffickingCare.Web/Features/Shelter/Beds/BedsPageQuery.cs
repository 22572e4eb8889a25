using Microsoft.EntityFrameworkCore;
using TraffickingCare.Web.Data;

namespace TraffickingCare.Web.Features.Shelter.Beds;

/// <summary>Every unit, room and bed, empty ones included (three small SQL commands: the shelter has tens of beds, not thousands).</summary>
public sealed class BedsPageQuery(AppDbContext db)
{
    public async Task<BedsPage> GetAsync(UnitForm? unitForm, CancellationToken ct, RefusedLabel? refused = null)
    {
        var units = await db.ShelterUnits.AsNoTracking().Select(u => new { u.Id, u.Name, u.Address }).ToListAsync(ct);
        var rooms = await db.ShelterRooms.AsNoTracking().Select(r => new { r.Id, r.ShelterId, r.Name }).ToListAsync(ct);
        var beds = await db.Beds.AsNoTracking()
            .Select(b => new { b.Id, b.RoomId, b.Label, b.InUse, Occupied = db.BedOccupancies.Any(o => o.BedId == b.Id && o.EndedAtUtc == null) })
            .ToListAsync(ct);
        var page = units.OrderBy(u => u.Name, StringComparer.CurrentCulture).Select(u => new ManagedUnit(u.Id, u.Name, u.Address,
            rooms.Where(r => r.ShelterId == u.Id).OrderBy(r => r.Name, StringComparer.CurrentCulture).Select(r => new ManagedRoom(r.Id, r.Name,
                beds.Where(b => b.RoomId == r.Id).OrderBy(b => b.Label, StringComparer.CurrentCulture)
                    .Select(b => new ManagedBed(b.Id, b.Label, b.InUse, b.Occupied)).ToList())).ToList())).ToList();
        return new BedsPage(page, unitForm ?? new UnitForm(), refused);
    }
}
