using System.Net;
using TraffickingCare.IntegrationTests.Infrastructure;

namespace TraffickingCare.IntegrationTests.Features.Shelter;

/// <summary>The coordinator's page of the shelter's units, rooms and beds: its refusals name their fields and keep what was typed.</summary>
public sealed class ShelterBedsTests(AppFixture app) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task A_unit_without_a_name_or_an_address_is_refused_naming_each_field_and_a_room_without_a_name_under_its_unit()
    {
        var (unit, _, _) = await app.Factory.Arrange.ShelterAsync(beds: 1);
        using var koordinator = await app.Factory.Arrange.SignedInAsync("koordinator");
        var page = await koordinator.GetPageAsync("/Shelter/Beds");

        var unitRefused = await koordinator.SubmitAsync(page, "form#add-unit", new Dictionary<string, string> { ["UnitForm.Name"] = string.Empty, ["UnitForm.Address"] = string.Empty });
        var roomRefused = await koordinator.SubmitAsync(page, $"form#add-room-{unit.Id}", new Dictionary<string, string> { ["RoomForm.Name"] = string.Empty });

        Assert.Equal(HttpStatusCode.OK, unitRefused.StatusCode);
        var again = await TestClient.ParseAsync(unitRefused);
        Assert.Equal(Ui.Text("Validation.Required", Ui.Text("Shelter.Beds.UnitName")), again.QuerySelector("[data-valmsg-for='UnitForm.Name']")!.TextContent.Trim());
        Assert.Equal(Ui.Text("Validation.Required", Ui.Text("Shelter.Address")), again.QuerySelector("[data-valmsg-for='UnitForm.Address']")!.TextContent.Trim());
        Assert.Equal(HttpStatusCode.OK, roomRefused.StatusCode);
        var roomAgain = await TestClient.ParseAsync(roomRefused);
        var message = roomAgain.QuerySelector($"form#add-room-{unit.Id} #room-name-{unit.Id}-error")!;
        Assert.Equal(Ui.Text("Validation.Required", Ui.Text("Shelter.Beds.RoomName")), message.TextContent.Trim());
        Assert.Equal("true", roomAgain.QuerySelector($"#room-name-{unit.Id}")!.GetAttribute("aria-invalid"));
        Assert.DoesNotContain("{0}", again.Body!.TextContent + roomAgain.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_room_name_longer_than_a_beds_label_is_taken_and_a_refused_bed_label_stays_in_its_own_rooms_form()
    {
        var (unit, room, _) = await app.Factory.Arrange.ShelterAsync(beds: 1);
        var (_, otherRoom, _) = await app.Factory.Arrange.ShelterAsync(beds: 1, name: "Druga jedinica");
        using var koordinator = await app.Factory.Arrange.SignedInAsync("koordinator");
        var page = await koordinator.GetPageAsync("/Shelter/Beds");
        var roomName = "Soba na spratu, do stepeništa, pogled na dvorište"[..45];
        var bedLabel = new string('K', 31);

        var roomAdded = await koordinator.SubmitAsync(page, $"form#add-room-{unit.Id}", new Dictionary<string, string> { ["RoomForm.Name"] = roomName });
        var bedRefused = await koordinator.PostWithTokenAsync($"/Shelter/Beds/AddBed/{room.Id}", ("BedForm.Name", bedLabel));

        Assert.Equal(HttpStatusCode.Redirect, roomAdded.StatusCode);
        Assert.Contains(roomName, (await koordinator.GetPageAsync("/Shelter/Beds")).Body!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, bedRefused.StatusCode);
        var again = await TestClient.ParseAsync(bedRefused);
        Assert.Equal(bedLabel, again.QuerySelector($"#bed-label-{room.Id}")!.GetAttribute("value"));
        Assert.Equal(Ui.Text("Validation.TooLong", 30), again.QuerySelector($"#bed-label-{room.Id}-error")!.TextContent.Trim());
        Assert.Null(again.QuerySelector($"#bed-label-{otherRoom.Id}")!.GetAttribute("value"));
        Assert.Null(again.QuerySelector($"#bed-label-{otherRoom.Id}-error"));

        // A refusal for a unit or room that does not exist shows no page: not found, as a valid name would be.
        Assert.Equal(HttpStatusCode.NotFound, (await koordinator.PostWithTokenAsync($"/Shelter/Beds/AddRoom/{Guid.NewGuid()}", ("RoomForm.Name", string.Empty))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await koordinator.PostWithTokenAsync($"/Shelter/Beds/AddBed/{Guid.NewGuid()}", ("BedForm.Name", bedLabel))).StatusCode);
    }
}
