using Microsoft.EntityFrameworkCore;
using TraffickingCare.Web.Data;

namespace TraffickingCare.Web.Features.Shelter.Placements;

/// <summary>Beds in use with nobody in them, for the admission and move forms (one SQL command).</summary>
public sealed class FreeBedsQuery(AppDbContext db)
{
    public async Task<IReadOnlyList<BedOption>> ListAsync(CancellationToken ct)
    {
        var beds = await (
            from b in db.Beds
            where b.InUse && !db.BedOccupancies.Any(o => o.BedId == b.Id && o.EndedAtUtc == null)
            join r in db.ShelterRooms on b.RoomId equals r.Id
            join u in db.ShelterUnits on r.ShelterId equals u.Id
            select new { b.Id, Unit = u.Name, Room = r.Name, b.Label })
            .AsNoTracking().ToListAsync(ct);
        return beds.OrderBy(b => b.Unit, StringComparer.CurrentCulture).ThenBy(b => b.Room, StringComparer.CurrentCulture).ThenBy(b => b.Label, StringComparer.CurrentCulture)
            .Select(b => new BedOption(b.Id, $"{b.Unit} · {b.Room} · {b.Label}")).ToList();
    }
}
