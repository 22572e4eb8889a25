using Microsoft.EntityFrameworkCore;
using TraffickingCare.Domain.Shelter;
using TraffickingCare.Web.Data;
using TraffickingCare.Web.Infrastructure.Time;

namespace TraffickingCare.Web.Features.Shelter;

/// <summary>
/// Two SQL commands whatever the size: the beds with their rooms and units, and the open bed occupancies (served by
/// the filtered unique index on the bed) with their placements and case codes.
/// </summary>
public sealed class OccupancyBoardQuery(AppDbContext db, CentreClock clock, IConfiguration configuration)
{
    public const string ShowFirstNamesKey = "Shelter:ShowFirstNames";

    public async Task<OccupancyBoard> GetAsync(CancellationToken ct)
    {
        var beds = await (
            from b in db.Beds
            join r in db.ShelterRooms on b.RoomId equals r.Id
            join u in db.ShelterUnits on r.ShelterId equals u.Id
            select new { UnitId = u.Id, UnitName = u.Name, u.Address, RoomId = r.Id, RoomName = r.Name, b.Id, b.Label, b.InUse })
            .AsNoTracking().ToListAsync(ct);

        var today = clock.Today;
        var showNames = configuration.GetValue<bool>(ShowFirstNamesKey);
        var occupants = await (
            from o in db.BedOccupancies
            where o.EndedAtUtc == null
            join p in db.Placements on o.PlacementId equals p.Id
            join c in db.Cases on p.CaseId equals c.Id
            from i in db.PersonIdentities.Where(i => showNames && i.Id == c.PersonIdentityId).DefaultIfEmpty()
            select new
            {
                o.BedId,
                PlacementId = p.Id,
                c.Code,
                FirstName = i == null ? null : i.FirstName,
                p.Phase,
                p.AdmittedOn,
                Absent = p.Absences.Any(a => a.FromOn <= today && (a.ToOn == null || a.ToOn >= today)),
                Pending = p.PhaseChanges.Any(x => x.Status == PhaseChangeStatus.Pending),
            }).AsNoTracking().ToDictionaryAsync(x => x.BedId, ct);

        BoardOccupant? In(Guid bedId) => occupants.TryGetValue(bedId, out var o)
            ? new BoardOccupant(o.PlacementId, o.Code, o.FirstName, o.Phase, o.AdmittedOn, ShelterStay.DayOfStay(o.AdmittedOn, today), o.Absent, o.Pending)
            : null;

        var units = beds
            .GroupBy(b => (b.UnitId, b.UnitName, b.Address))
            .OrderBy(u => u.Key.UnitName, StringComparer.CurrentCulture)
            .Select(u => new BoardUnit(u.Key.UnitId, u.Key.UnitName, u.Key.Address, u
                .GroupBy(b => (b.RoomId, b.RoomName))
                .OrderBy(r => r.Key.RoomName, StringComparer.CurrentCulture)
                .Select(r => new BoardRoom(r.Key.RoomName, r.OrderBy(b => b.Label, StringComparer.CurrentCulture)
                    .Select(b => new BoardBed(b.Id, b.Label, b.InUse, In(b.Id))).ToList()))
                .ToList()))
            .ToList();
        return new OccupancyBoard(units);
    }
}
