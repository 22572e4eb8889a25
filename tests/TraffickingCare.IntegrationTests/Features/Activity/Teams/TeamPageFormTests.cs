using System.Net;
using Microsoft.EntityFrameworkCore;
using TraffickingCare.IntegrationTests.Features.Activity.Events;
using TraffickingCare.IntegrationTests.Infrastructure;

namespace TraffickingCare.IntegrationTests.Features.Activity.Teams;

/// <summary>The meeting and support forms on a team's page: a refusal shows the page again with what was typed, and saves nothing.</summary>
public sealed class TeamPageFormTests(AppFixture app) : IClassFixture<AppFixture>
{
    private AppFactory Factory => app.Factory;

    public static TheoryData<string, string, string> BadMeeting => new()
    {
        { "MeetingForm.Participants", "-3", "Activity.Errors.NegativeCount" },
        { "MeetingForm.Participants", "0", "Activity.Errors.MeetingParticipants" },
        { "MeetingForm.Participants", "", "Activity.Errors.NoParticipants" },
        { "MeetingForm.HeldOn", "01.01.1999.", "Activity.Errors.HeldOn" },
    };

    [Theory]
    [MemberData(nameof(BadMeeting))]
    public async Task A_bad_meeting_is_refused_on_its_field_with_everything_typed_kept(string field, string value, string message)
    {
        var team = await Factory.TeamAsync("RS-ZAJECAR");
        using var koordinator = await Factory.Arrange.SignedInAsync("koordinator");
        var page = await koordinator.GetPageAsync($"/Activity/Teams/{team.Id}");
        var fields = new Dictionary<string, string>
        {
            ["MeetingForm.HeldOn"] = "10.10.2025.",
            ["MeetingForm.Participants"] = "6",
            ["MeetingForm.Conclusions"] = "Zaključci koje treba zadržati.",
        };
        fields[field] = value;

        var response = await koordinator.SubmitAsync(page, "#meeting-form", fields);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var again = await TestClient.ParseAsync(response);
        Assert.Contains(Ui.Text(message), again.ErrorOf(field));
        Assert.Equal(value, again.ValueOf(field));
        Assert.Equal("Zaključci koje treba zadržati.", again.ValueOf("MeetingForm.Conclusions"));
        Assert.False(await Factory.WithDbAsync(db => db.LocalTeamMeetings.AnyAsync(m => m.TeamId == team.Id)));
    }

    [Fact]
    public async Task Support_without_a_kind_or_with_a_date_out_of_range_is_refused_with_the_note_kept()
    {
        var team = await Factory.TeamAsync("RS-BOR");
        using var koordinator = await Factory.Arrange.SignedInAsync("koordinator");
        var page = await koordinator.GetPageAsync($"/Activity/Teams/{team.Id}");

        var response = await koordinator.SubmitAsync(page, "#support-form", new Dictionary<string, string>
        {
            ["SupportForm.GivenOn"] = Factory.Arrange.Today.AddDays(400).ToString("dd.MM.yyyy.", System.Globalization.CultureInfo.InvariantCulture),
            ["SupportForm.Kind"] = string.Empty,
            ["SupportForm.Note"] = "Napomena koja ostaje.",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var again = await TestClient.ParseAsync(response);
        Assert.Contains(Ui.Text("Activity.Errors.SupportKind"), again.ErrorOf("SupportForm.Kind"));
        Assert.Contains(Ui.Text("Activity.Errors.HeldOn"), again.ErrorOf("SupportForm.GivenOn"));
        Assert.Equal("Napomena koja ostaje.", again.ValueOf("SupportForm.Note"));
        Assert.False(await Factory.WithDbAsync(db => db.LocalTeamSupport.AnyAsync(s => s.TeamId == team.Id)));
    }
}
