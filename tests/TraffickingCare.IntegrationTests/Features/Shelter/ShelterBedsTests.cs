using System.Net;
using TraffickingCare.IntegrationTests.Infrastructure;

namespace TraffickingCare.IntegrationTests.Features.Shelter;

/// <summary>The coordinator's page of the shelter's units, rooms and beds: its refusals name their fields.</summary>
public sealed class ShelterBedsTests(AppFixture app) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task A_unit_without_a_name_or_an_address_is_refused_naming_each_field_and_a_room_without_a_label_too()
    {
        var (unit, _, _) = await app.Factory.Arrange.ShelterAsync(beds: 1);
        using var koordinator = await app.Factory.Arrange.SignedInAsync("koordinator");
        var page = await koordinator.GetPageAsync("/Shelter/Beds");

        var unitRefused = await koordinator.SubmitAsync(page, "form#add-unit", new Dictionary<string, string> { ["UnitForm.Name"] = string.Empty, ["UnitForm.Address"] = string.Empty });
        var roomRefused = await koordinator.SubmitAsync(page, $"form#add-room-{unit.Id}", new Dictionary<string, string> { ["LabelForm.Name"] = string.Empty });

        Assert.Equal(HttpStatusCode.OK, unitRefused.StatusCode);
        var again = await TestClient.ParseAsync(unitRefused);
        Assert.Equal(Ui.Text("Validation.Required", Ui.Text("Shelter.Beds.UnitName")), again.QuerySelector("[data-valmsg-for='UnitForm.Name']")!.TextContent.Trim());
        Assert.Equal(Ui.Text("Validation.Required", Ui.Text("Shelter.Address")), again.QuerySelector("[data-valmsg-for='UnitForm.Address']")!.TextContent.Trim());
        var flashed = await koordinator.GetPageAsync(roomRefused.Headers.Location!.OriginalString);
        Assert.Contains(Ui.Text("Validation.Required", Ui.Text("Shelter.Beds.Label")), flashed.Body!.TextContent);
        Assert.DoesNotContain("{0}", again.Body!.TextContent + flashed.Body!.TextContent, StringComparison.Ordinal);
    }
}
