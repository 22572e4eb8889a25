using TraffickingCare.Domain.Shelter;
using TraffickingCare.IntegrationTests.Infrastructure;

namespace TraffickingCare.IntegrationTests.Features.Shelter;

/// <summary>A shelter unit with one room of <paramref name="beds"/> beds, saved as the coordinator's page would.</summary>
public static class ShelterArrangement
{
    public const string Address = "Tajna ulica 7, Testgrad";

    public static async Task<(ShelterUnit Unit, ShelterRoom Room, List<Bed> Beds)> ShelterAsync(this Arrange arrange, int beds = 3, string name = "Test prihvatilište")
    {
        _ = arrange.Factory.Server;
        var unit = ShelterUnit.Open(name, Address);
        var room = ShelterRoom.In(unit.Id, "1");
        var made = Enumerable.Range(0, beds).Select(i => Bed.In(room.Id, $"1{(char)('A' + i)}")).ToList();
        await arrange.Factory.WithDbAsync(async db =>
        {
            db.ShelterUnits.Add(unit);
            db.ShelterRooms.Add(room);
            db.Beds.AddRange(made);
            await db.SaveChangesAsync();
        });
        return (unit, room, made);
    }

    /// <summary>A resident admitted to <paramref name="bed"/> <paramref name="daysAgo"/> days ago, for a new case; in stabilisation, with an empty plan.</summary>
    public static async Task<Placement> PlacementAsync(this Arrange arrange, Bed bed, int daysAgo = 10)
    {
        var file = await arrange.Case();
        var now = arrange.Now;
        var admitted = now.AddDays(-daysAgo);
        var placement = Placement.Admit(file.Id, bed, admitted, DateOnly.FromDateTime(TraffickingCare.Web.Infrastructure.Time.CentreClock.ToLocal(admitted)), null, now);
        await arrange.Factory.WithDbAsync(async db =>
        {
            db.Placements.Add(placement);
            await db.SaveChangesAsync();
        });
        return placement;
    }
}
