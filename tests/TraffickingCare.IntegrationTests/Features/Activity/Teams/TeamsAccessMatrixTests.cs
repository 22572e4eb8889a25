using System.Net;
using Microsoft.EntityFrameworkCore;
using TraffickingCare.Domain.Activity;
using TraffickingCare.IntegrationTests.Infrastructure;

namespace TraffickingCare.IntegrationTests.Features.Activity.Teams;

/// <summary>
/// Every local-team route, for every role: caseworkers, coordinators and management read; coordinators and
/// management record and change; shelter staff and administrators are refused everywhere. A refused change leaves
/// the team as it was; an unknown id is 404 for those allowed.
/// </summary>
public sealed class TeamsAccessMatrixTests(AppFixture app) : IClassFixture<AppFixture>
{
    private const string Municipality = "RS-KRALJEVO";

    private AppFactory Factory => app.Factory;

    public static TheoryData<string, string, HttpStatusCode> Pages
    {
        get
        {
            var data = new TheoryData<string, string, HttpStatusCode>();
            foreach (var (user, list, form) in new[]
            {
                ("radnik", HttpStatusCode.OK, HttpStatusCode.Forbidden),
                ("koordinator", HttpStatusCode.OK, HttpStatusCode.OK),
                ("rukovodstvo", HttpStatusCode.OK, HttpStatusCode.OK),
                ("prihvatiliste", HttpStatusCode.Forbidden, HttpStatusCode.Forbidden),
                ("admin", HttpStatusCode.Forbidden, HttpStatusCode.Forbidden),
            })
            {
                data.Add("/Activity/Teams", user, list);
                data.Add("/Activity/Teams/New", user, form);
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Opening_the_list_and_the_new_form(string url, string user, HttpStatusCode expected)
    {
        using var client = await Factory.Arrange.SignedInAsync(user);

        Assert.Equal(expected, (await client.Http.GetAsync(url)).StatusCode);
    }

    [Theory]
    [InlineData("radnik")]
    [InlineData("prihvatiliste")]
    [InlineData("admin")]
    public async Task Forming_a_team_is_refused_and_records_nothing(string user)
    {
        using var client = await Factory.Arrange.SignedInAsync(user);

        var response = await client.PostWithTokenAsync("/Activity/Teams/New", ("Form.MunicipalityCode", "RS-TUTIN"), ("Form.Status", "Active"));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.False(await Factory.WithDbAsync(db => db.LocalTeams.AnyAsync(t => t.MunicipalityCode == "RS-TUTIN")));
    }

    public static TheoryData<string, string, string, HttpStatusCode> Routes
    {
        get
        {
            var data = new TheoryData<string, string, string, HttpStatusCode>();
            foreach (var user in new[] { "radnik", "koordinator", "rukovodstvo", "prihvatiliste", "admin" })
            {
                data.Add("GET", "/Activity/Teams/{team}", user, user is "prihvatiliste" or "admin" ? HttpStatusCode.Forbidden : HttpStatusCode.OK);
            }

            foreach (var (method, route) in new[]
            {
                ("GET", "/Activity/Teams/{team}/Edit"), ("POST", "/Activity/Teams/{team}/Edit"), ("POST", "/Activity/Teams/{team}/Meetings"),
                ("POST", "/Activity/Teams/{team}/Support"), ("POST", "/Activity/Teams/{team}/Meetings/{meeting}/Remove"),
            })
            {
                data.Add(method, route, "radnik", HttpStatusCode.Forbidden);
                data.Add(method, route, "prihvatiliste", HttpStatusCode.Forbidden);
                data.Add(method, route, "admin", HttpStatusCode.Forbidden);
                data.Add(method, route, "koordinator", method == "GET" ? HttpStatusCode.OK : HttpStatusCode.Redirect);
                data.Add(method, route, "rukovodstvo", method == "GET" ? HttpStatusCode.OK : HttpStatusCode.Redirect);
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task A_route_with_an_id(string method, string route, string user, HttpStatusCode expected)
    {
        var team = await Factory.TeamAsync(Municipality, LocalTeamStatus.Active, null, new DateOnly(2025, 3, 3));
        var meeting = Assert.Single(team.Meetings);
        using var client = await Factory.Arrange.SignedInAsync(user);
        var url = route.Replace("{team}", team.Id.ToString()).Replace("{meeting}", meeting.Id.ToString());

        var response = method == "GET" ? await client.Http.GetAsync(url) : await client.PostWithTokenAsync(url, Fields(team.Version));

        Assert.Equal(expected, response.StatusCode);
        if (expected == HttpStatusCode.Forbidden)
        {
            var saved = await Factory.WithDbAsync(db => db.LocalTeams.AsNoTracking().Include(t => t.Meetings).Include(t => t.Support).SingleAsync(t => t.Id == team.Id));
            Assert.Equal(LocalTeamStatus.Active, saved.Status);
            Assert.Equal(meeting.Id, Assert.Single(saved.Meetings).Id);
            Assert.Empty(saved.Support);
        }
    }

    [Theory]
    [InlineData("GET", "/Activity/Teams/{team}")]
    [InlineData("GET", "/Activity/Teams/{team}/Edit")]
    [InlineData("POST", "/Activity/Teams/{team}/Edit")]
    [InlineData("POST", "/Activity/Teams/{team}/Meetings")]
    [InlineData("POST", "/Activity/Teams/{team}/Support")]
    [InlineData("POST", "/Activity/Teams/{team}/Meetings/{meeting}/Remove")]
    [InlineData("POST", "/Activity/Teams/{known}/Meetings/{meeting}/Remove")]
    public async Task An_unknown_id_is_not_found(string method, string route)
    {
        var known = await Factory.TeamAsync("RS-LOZNICA");
        using var client = await Factory.Arrange.SignedInAsync("koordinator");
        var url = route.Replace("{team}", Guid.NewGuid().ToString()).Replace("{known}", known.Id.ToString()).Replace("{meeting}", Guid.NewGuid().ToString());

        var response = method == "GET" ? await client.Http.GetAsync(url) : await client.PostWithTokenAsync(url, Fields(1));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    /// <summary>A valid post for every form of the routes: each action binds only its own prefix.</summary>
    private static (string, string)[] Fields(int version) =>
    [
        ("Form.MunicipalityCode", Municipality), ("Form.Status", "Inactive"), ("Form.Version", version.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        ("MeetingForm.HeldOn", "04.03.2025."), ("MeetingForm.Participants", "7"), ("MeetingForm.Conclusions", "Zaključak."),
        ("SupportForm.GivenOn", "04.03.2025."), ("SupportForm.Kind", "Advice"), ("SupportForm.Note", "Savet."),
    ];
}
