using System.Net;
using Microsoft.EntityFrameworkCore;
using TraffickingCare.Domain.Activity;
using TraffickingCare.Domain.Partners;
using TraffickingCare.IntegrationTests.Features.Activity.Events;
using TraffickingCare.IntegrationTests.Features.Partners;
using TraffickingCare.IntegrationTests.Infrastructure;
using TraffickingCare.Web.Features.Activity.LocalTeams;
using TraffickingCare.Web.Infrastructure.Mvc;

namespace TraffickingCare.IntegrationTests.Features.Activity.Teams;

/// <summary>Local teams driven through their pages. Tests share one app; each works on a municipality of its own.</summary>
public sealed class LocalTeamTests(AppFixture app) : IClassFixture<AppFixture>
{
    private AppFactory Factory => app.Factory;

    [Fact]
    public async Task A_coordinator_records_the_team_of_smederevo_its_meeting_and_support()
    {
        var csr = await Factory.PartnerAsync("CSR Smederevo tim", Sector.SocialProtection, "RS-SMEDEREVO");
        var police = await Factory.PartnerAsync("PU Smederevo tim", Sector.Police, "RS-SMEDEREVO");
        using var koordinator = await Factory.Arrange.SignedInAsync("koordinator");
        var form = await koordinator.GetPageAsync("/Activity/Teams/New");
        form.Check("Form.MemberIds", csr.Id.ToString());
        form.Check("Form.MemberIds", police.Id.ToString());

        var response = await koordinator.SubmitAsync(form, "#team-form", new Dictionary<string, string>
        {
            ["Form.MunicipalityCode"] = "RS-SMEDEREVO",
            ["Form.Status"] = "Active",
            ["Form.CoordinatorName"] = "Milena Zamislić",
            ["Form.CoordinatorPartnerId"] = csr.Id.ToString(),
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var team = await Factory.WithDbAsync(db => db.LocalTeams.AsNoTracking().SingleAsync(t => t.MunicipalityCode == "RS-SMEDEREVO"));
        Assert.Equal($"/Activity/Teams/{team.Id}", response.Headers.Location!.OriginalString);
        var page = await koordinator.GetPageAsync($"/Activity/Teams/{team.Id}");
        Assert.Contains("Milena Zamislić (CSR Smederevo tim)", page.QuerySelector("#team-coordinator")!.TextContent);
        var members = page.QuerySelectorAll("#team-members tbody tr").Select(r => r.TextContent).ToList();
        Assert.Equal(2, members.Count);
        Assert.Contains(Ui.Text("Partners.Sector.Police"), members.Single(m => m.Contains("PU Smederevo tim")));

        var meeting = await koordinator.SubmitAsync(page, "#meeting-form", new Dictionary<string, string>
        {
            ["MeetingForm.HeldOn"] = "05.11.2025.",
            ["MeetingForm.Participants"] = "9",
            ["MeetingForm.Conclusions"] = "Usvojen plan obilazaka škola.",
        });
        Assert.Equal(HttpStatusCode.Redirect, meeting.StatusCode);
        page = await koordinator.GetPageAsync($"/Activity/Teams/{team.Id}");
        var support = await koordinator.SubmitAsync(page, "#support-form", new Dictionary<string, string>
        {
            ["SupportForm.GivenOn"] = "06.11.2025.",
            ["SupportForm.Kind"] = "Mentoring",
            ["SupportForm.Note"] = "Pomoć u pisanju plana.",
        });
        Assert.Equal(HttpStatusCode.Redirect, support.StatusCode);

        page = await koordinator.GetPageAsync($"/Activity/Teams/{team.Id}");
        var meetingRow = page.QuerySelector("#team-meetings tbody tr")!.TextContent;
        Assert.Contains("05.11.2025.", meetingRow);
        Assert.Contains("Usvojen plan obilazaka škola.", meetingRow);
        var supportRow = page.QuerySelector("#team-support tbody tr")!.TextContent;
        Assert.Contains(Ui.Text("Activity.SupportKind.Mentoring"), supportRow);
        Assert.Contains("Pomoć u pisanju plana.", supportRow);
        var coordinatorName = await Factory.WithDbAsync(db => db.Users.Where(u => u.UserName == "koordinator").Select(u => u.DisplayName).SingleAsync());
        Assert.Contains(coordinatorName, supportRow);

        // A meeting recorded by mistake is removed and no longer shown.
        Assert.Equal(HttpStatusCode.Redirect, (await koordinator.SubmitAsync(page, ".remove-meeting-form")).StatusCode);
        page = await koordinator.GetPageAsync($"/Activity/Teams/{team.Id}");
        Assert.Null(page.QuerySelector("#team-meetings"));
        Assert.True(await Factory.WithDbAsync(db => db.LocalTeamMeetings.IgnoreQueryFilters().AnyAsync(m => m.TeamId == team.Id && m.IsDeleted)));

        // The police leave the team, which stops working for now.
        var edit = await koordinator.GetPageAsync($"/Activity/Teams/{team.Id}/Edit");
        Assert.Equal(new[] { csr.Id.ToString(), police.Id.ToString() }.Order(), edit.CheckedOf("Form.MemberIds").Order());
        edit.Check("Form.MemberIds", police.Id.ToString(), false);
        Assert.Equal(HttpStatusCode.Redirect, (await koordinator.SubmitAsync(edit, "#team-form", new Dictionary<string, string> { ["Form.Status"] = "Inactive" })).StatusCode);
        page = await koordinator.GetPageAsync($"/Activity/Teams/{team.Id}");
        Assert.Equal(Ui.Text("Activity.TeamStatus.Inactive"), page.QuerySelector("#team-status")!.TextContent.Trim());
        Assert.Contains("CSR Smederevo tim", Assert.Single(page.QuerySelectorAll("#team-members tbody tr")).TextContent);
    }

    public static TheoryData<string, string, string> BadTeam => new()
    {
        { "Form.MunicipalityCode", "", "Activity.Errors.Municipality" },
        { "Form.Status", "", "Activity.Errors.TeamStatus" },
        { "Form.Status", "7", "Activity.Errors.TeamStatus" },
        { "Form.CoordinatorPartnerId", "", "Activity.TeamsPage.CoordinatorInstitutionMissing" },
        { "Form.CoordinatorPartnerId", "outsider", "Activity.Errors.CoordinatorInstitution" },
    };

    [Theory]
    [MemberData(nameof(BadTeam))]
    public async Task A_bad_team_is_refused_on_its_field_with_everything_typed_kept(string field, string value, string message)
    {
        var member = await Factory.PartnerAsync($"Član {Letters(field + value)}", Sector.Health, "RS-PIROT");
        var outsider = await Factory.PartnerAsync($"Nije član {Letters(field + value)}", Sector.Ngo, "RS-PIROT");
        using var koordinator = await Factory.Arrange.SignedInAsync("koordinator");
        var form = await koordinator.GetPageAsync("/Activity/Teams/New");
        form.Check("Form.MemberIds", member.Id.ToString());
        var fields = new Dictionary<string, string>
        {
            ["Form.MunicipalityCode"] = "RS-PIROT",
            ["Form.Status"] = "BeingReestablished",
            ["Form.CoordinatorName"] = "Jovan Izmišljenović",
            ["Form.CoordinatorPartnerId"] = member.Id.ToString(),
        };
        fields[field] = value == "outsider" ? outsider.Id.ToString() : value;

        var response = await koordinator.SubmitAsync(form, "#team-form", fields);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var again = await TestClient.ParseAsync(response);
        Assert.Contains(Ui.Text(message), again.ErrorOf(field));
        Assert.Equal("Jovan Izmišljenović", again.ValueOf("Form.CoordinatorName"));
        Assert.Equal([member.Id.ToString()], again.CheckedOf("Form.MemberIds"));
        Assert.Equal(fields["Form.MunicipalityCode"], again.ValueOf("Form.MunicipalityCode"));
        Assert.False(await Factory.WithDbAsync(db => db.LocalTeams.AnyAsync(t => t.MunicipalityCode == "RS-PIROT")));
    }

    [Fact]
    public async Task A_second_team_for_one_municipality_is_refused_on_the_municipality()
    {
        await Factory.TeamAsync("RS-VRANJE");
        using var rukovodstvo = await Factory.Arrange.SignedInAsync("rukovodstvo");
        var form = await rukovodstvo.GetPageAsync("/Activity/Teams/New");

        var response = await rukovodstvo.SubmitAsync(form, "#team-form", new Dictionary<string, string>
        {
            ["Form.MunicipalityCode"] = "RS-VRANJE",
            ["Form.Status"] = "Inactive",
            ["Form.CoordinatorName"] = "Ime Bez Ustanove",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var again = await TestClient.ParseAsync(response);
        Assert.Contains(Ui.Text("Activity.TeamsPage.CoordinatorInstitutionMissing"), again.ErrorOf("Form.CoordinatorPartnerId"));
        response = await rukovodstvo.SubmitAsync(again, "#team-form", new Dictionary<string, string> { ["Form.CoordinatorName"] = string.Empty });
        again = await TestClient.ParseAsync(response);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(Ui.Text("Activity.Errors.TeamExists"), again.ErrorOf("Form.MunicipalityCode"));
        Assert.Equal("Inactive", again.ValueOf("Form.Status"));
        Assert.Equal(1, await Factory.WithDbAsync(db => db.LocalTeams.CountAsync(t => t.MunicipalityCode == "RS-VRANJE")));
    }

    [Fact]
    public async Task Two_teams_saved_for_one_municipality_at_once_end_in_the_same_refusal()
    {
        await Factory.TeamAsync("RS-PRESEVO");

        // The check before saving passed for both saves; the unique index stops the second, told as the check would.
        var result = await Factory.WithDbAsync(db =>
        {
            db.LocalTeams.Add(LocalTeam.Form(new("RS-PRESEVO", LocalTeamStatus.Active, [], null, null), null, Factory.Arrange.Now));
            return TeamMunicipality.SaveAsync(db, () => ChangeResult.Done, "RS-PRESEVO", null, CancellationToken.None);
        });

        Assert.Equal("Activity.Errors.TeamExists", result.ErrorKey);
        Assert.Equal(nameof(LocalTeamForm.MunicipalityCode), result.ErrorField);
        Assert.Equal(1, await Factory.WithDbAsync(db => db.LocalTeams.CountAsync(t => t.MunicipalityCode == "RS-PRESEVO")));
    }

    [Fact]
    public async Task A_save_from_a_page_older_than_the_team_is_told_and_keeps_what_was_typed()
    {
        var team = await Factory.TeamAsync("RS-NEGOTIN");
        using var koordinator = await Factory.Arrange.SignedInAsync("koordinator");
        using var rukovodstvo = await Factory.Arrange.SignedInAsync("rukovodstvo");
        var first = await koordinator.GetPageAsync($"/Activity/Teams/{team.Id}/Edit");
        var second = await rukovodstvo.GetPageAsync($"/Activity/Teams/{team.Id}/Edit");
        Assert.Equal(HttpStatusCode.Redirect, (await koordinator.SubmitAsync(first, "#team-form", new Dictionary<string, string> { ["Form.Status"] = "Inactive" })).StatusCode);

        var stale = await rukovodstvo.SubmitAsync(second, "#team-form", new Dictionary<string, string> { ["Form.Status"] = "BeingReestablished" });

        Assert.Equal(HttpStatusCode.OK, stale.StatusCode);
        var again = await TestClient.ParseAsync(stale);
        Assert.Contains(Ui.Text("Common.ConcurrencyConflict"), again.QuerySelector("#form-errors")!.TextContent);
        Assert.Equal("BeingReestablished", again.ValueOf("Form.Status"));
        Assert.Equal(LocalTeamStatus.Inactive, await Factory.WithDbAsync(db => db.LocalTeams.Where(t => t.Id == team.Id).Select(t => t.Status).SingleAsync()));
    }

    private static string Letters(string text) => new([.. text.Where(char.IsAsciiLetter).Select(char.ToLowerInvariant)]);
}
