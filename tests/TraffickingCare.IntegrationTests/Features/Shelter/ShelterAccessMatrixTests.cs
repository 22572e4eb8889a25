using System.Net;
using Microsoft.EntityFrameworkCore;
using TraffickingCare.Domain.Shelter;
using TraffickingCare.IntegrationTests.Infrastructure;

namespace TraffickingCare.IntegrationTests.Features.Shelter;

/// <summary>
/// Every shelter route, for every role: shelter staff and the coordinator work with placements; only the coordinator
/// manages beds (the page shows the secret address); caseworkers, management and the administrator get 403; an id
/// that does not exist is 404. Shelter staff still never reach a case.
/// </summary>
public sealed class ShelterAccessMatrixTests : IAsyncLifetime
{
    private readonly AppFactory factory = new();
    private Guid placementId;
    private Guid unitId;
    private Guid roomId;
    private Guid freeBedId;
    private Guid caseId;

    public async Task InitializeAsync()
    {
        var (unit, room, beds) = await factory.Arrange.ShelterAsync(beds: 2);
        var file = await factory.Arrange.Case();
        var now = factory.Arrange.Now;
        var placement = Placement.Admit(file.Id, beds[0], now.AddDays(-5), DateOnly.FromDateTime(now.AddDays(-5)), null, now);
        await factory.WithDbAsync(async db =>
        {
            db.Placements.Add(placement);
            await db.SaveChangesAsync();
        });
        (placementId, unitId, roomId, freeBedId, caseId) = (placement.Id, unit.Id, room.Id, beds[1].Id, file.Id);
    }

    public async Task DisposeAsync() => await factory.DisposeAsync();

    public static TheoryData<string, HttpStatusCode> Workers => new()
    {
        { "prihvatiliste", HttpStatusCode.OK },
        { "koordinator", HttpStatusCode.OK },
        { "radnik", HttpStatusCode.Forbidden },
        { "rukovodstvo", HttpStatusCode.Forbidden },
        { "admin", HttpStatusCode.Forbidden },
    };

    [Theory]
    [MemberData(nameof(Workers))]
    public async Task The_board_the_admission_and_a_shelter_file(string user, HttpStatusCode expected)
    {
        using var client = await factory.Arrange.SignedInAsync(user);

        Assert.Equal(expected, (await client.Http.GetAsync("/Shelter")).StatusCode);
        Assert.Equal(expected, (await client.Http.GetAsync("/Shelter/Admit")).StatusCode);
        Assert.Equal(expected, (await client.Http.GetAsync($"/Shelter/Placements/{placementId}")).StatusCode);
        Assert.Equal(expected == HttpStatusCode.OK ? HttpStatusCode.NotFound : expected, (await client.Http.GetAsync($"/Shelter/Placements/{Guid.NewGuid()}")).StatusCode);
    }

    [Fact]
    public async Task Viewing_a_shelter_file_is_in_the_audit_trail()
    {
        using var client = await factory.Arrange.SignedInAsync("prihvatiliste");

        await client.GetPageAsync($"/Shelter/Placements/{placementId}");

        Assert.True(await factory.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.EntityId == placementId && a.Action == TraffickingCare.Domain.Auditing.AuditAction.Viewed)));
    }

    public static TheoryData<string, string, HttpStatusCode> PlacementChanges
    {
        get
        {
            var data = new TheoryData<string, string, HttpStatusCode>();
            foreach (var action in new[] { "Move", "Absence", "Exit" })
            {
                data.Add(action, "radnik", HttpStatusCode.Forbidden);
                data.Add(action, "rukovodstvo", HttpStatusCode.Forbidden);
                data.Add(action, "admin", HttpStatusCode.Forbidden);
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(PlacementChanges))]
    public async Task Changing_a_placement(string action, string user, HttpStatusCode expected)
    {
        using var client = await factory.Arrange.SignedInAsync(user);

        var response = await client.PostWithTokenAsync($"/Shelter/Placements/{action}/{placementId}",
            ("MoveForm.Version", "1"), ("MoveForm.BedId", freeBedId.ToString()), ("AbsenceForm.Kind", "Visit"), ("AbsenceForm.FromOn", "01.01.2030."),
            ("ExitForm.Version", "1"), ("ExitForm.Destination", "Family"));

        Assert.Equal(expected, response.StatusCode);
        var placement = await factory.WithDbAsync(db => db.Placements.Include(p => p.Absences).AsNoTracking().SingleAsync(p => p.Id == placementId));
        Assert.True(placement.IsActive);
        Assert.NotEqual(freeBedId, placement.BedId);
        Assert.Empty(placement.Absences);
    }

    [Theory]
    [InlineData("Move")]
    [InlineData("Absence")]
    [InlineData("Exit")]
    public async Task Changing_a_placement_that_does_not_exist_is_not_found(string action)
    {
        using var client = await factory.Arrange.SignedInAsync("prihvatiliste");

        var response = await client.PostWithTokenAsync($"/Shelter/Placements/{action}/{Guid.NewGuid()}",
            ("MoveForm.Version", "1"), ("MoveForm.BedId", freeBedId.ToString()), ("AbsenceForm.Kind", "Visit"), ("AbsenceForm.FromOn", "01.01.2030."),
            ("ExitForm.Version", "1"), ("ExitForm.ExitedOn", "01.01.2030."), ("ExitForm.ExitedAt", "10:00"), ("ExitForm.Destination", "Family"));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    public static TheoryData<string, HttpStatusCode> BedManagers => new()
    {
        { "koordinator", HttpStatusCode.OK },
        { "prihvatiliste", HttpStatusCode.Forbidden },
        { "radnik", HttpStatusCode.Forbidden },
        { "rukovodstvo", HttpStatusCode.Forbidden },
        { "admin", HttpStatusCode.Forbidden },
    };

    [Theory]
    [MemberData(nameof(BedManagers))]
    public async Task Managing_units_rooms_and_beds(string user, HttpStatusCode expected)
    {
        using var client = await factory.Arrange.SignedInAsync(user);
        var refused = expected == HttpStatusCode.OK ? HttpStatusCode.NotFound : expected;

        Assert.Equal(expected, (await client.Http.GetAsync("/Shelter/Beds")).StatusCode);
        Assert.Equal(refused, (await client.PostWithTokenAsync($"/Shelter/Beds/AddRoom/{Guid.NewGuid()}", ("LabelForm.Name", "9"))).StatusCode);
        Assert.Equal(refused, (await client.PostWithTokenAsync($"/Shelter/Beds/AddBed/{Guid.NewGuid()}", ("LabelForm.Name", "9Z"))).StatusCode);
        Assert.Equal(refused, (await client.PostWithTokenAsync($"/Shelter/Beds/OutOfUse/{Guid.NewGuid()}")).StatusCode);
        if (expected != HttpStatusCode.OK)
        {
            Assert.Equal(expected, (await client.PostWithTokenAsync($"/Shelter/Beds/AddRoom/{unitId}", ("LabelForm.Name", "9"))).StatusCode);
            Assert.Equal(expected, (await client.PostWithTokenAsync($"/Shelter/Beds/AddBed/{roomId}", ("LabelForm.Name", "9Z"))).StatusCode);
            Assert.Equal(expected, (await client.PostWithTokenAsync($"/Shelter/Beds/OutOfUse/{freeBedId}")).StatusCode);
            Assert.Equal(expected, (await client.PostWithTokenAsync($"/Shelter/Beds/BackInUse/{freeBedId}")).StatusCode);
        }

        Assert.Equal(1, await factory.WithDbAsync(db => db.ShelterRooms.CountAsync()));
        Assert.Equal(2, await factory.WithDbAsync(db => db.Beds.CountAsync(b => b.InUse)));
    }

    [Fact]
    public async Task The_coordinator_cannot_take_an_occupied_bed_out_of_use()
    {
        using var client = await factory.Arrange.SignedInAsync("koordinator");
        var occupied = await factory.WithDbAsync(db => db.Placements.Where(p => p.Id == placementId).Select(p => p.BedId).SingleAsync());

        var response = await client.PostWithTokenAsync($"/Shelter/Beds/OutOfUse/{occupied}");
        var page = await client.GetPageAsync(response.Headers.Location!.OriginalString);

        Assert.Contains(Ui.Text("Shelter.Errors.BedOccupiedCannotClose"), page.Body!.TextContent);
        Assert.True(await factory.WithDbAsync(db => db.Beds.Where(b => b.Id == occupied).Select(b => b.InUse).SingleAsync()));
    }

    [Fact]
    public async Task Shelter_staff_still_never_open_the_case()
    {
        using var client = await factory.Arrange.SignedInAsync("prihvatiliste");

        Assert.Equal(HttpStatusCode.Forbidden, (await client.Http.GetAsync($"/Cases/Details/{caseId}")).StatusCode);
        var file = await client.GetPageAsync($"/Shelter/Placements/{placementId}");
        Assert.Empty(file.QuerySelectorAll($"a[href*='{caseId}']"));
    }
}
