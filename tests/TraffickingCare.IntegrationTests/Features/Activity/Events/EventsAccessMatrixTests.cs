using System.Net;
using Microsoft.EntityFrameworkCore;
using TraffickingCare.IntegrationTests.Infrastructure;

namespace TraffickingCare.IntegrationTests.Features.Activity.Events;

/// <summary>
/// Every events route, for every role: caseworkers, coordinators and management read; coordinators and management
/// record, correct and remove; shelter staff and administrators are refused everywhere. A refused change leaves the
/// event as it was; an unknown id is 404 for those allowed.
/// </summary>
public sealed class EventsAccessMatrixTests(AppFixture app) : IClassFixture<AppFixture>
{
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
                data.Add("/Activity/Events", user, list);
                data.Add("/Activity/Events/New", user, form);
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
    public async Task Recording_is_refused_and_records_nothing(string user)
    {
        using var client = await Factory.Arrange.SignedInAsync(user);
        var title = $"Odbijeno snimanje {user}";

        var response = await client.PostWithTokenAsync("/Activity/Events/New", ("Form.HeldOn", "18.10.2025."), ("Form.Kind", "EuDay"), ("Form.Title", title), ("Form.PeopleReached", "10"));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.False(await Factory.WithDbAsync(db => db.AwarenessEvents.AnyAsync(e => e.Title == title)));
    }

    public static TheoryData<string, string, string, HttpStatusCode> Changing
    {
        get
        {
            var data = new TheoryData<string, string, string, HttpStatusCode>();
            foreach (var (method, route) in new[] { ("GET", "/Activity/Events/{id}/Edit"), ("POST", "/Activity/Events/{id}/Edit"), ("POST", "/Activity/Events/{id}/Remove") })
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
    [MemberData(nameof(Changing))]
    public async Task Changing_an_event(string method, string route, string user, HttpStatusCode expected)
    {
        var title = $"Matrica {method} {route} {user}";
        var recorded = await Factory.EventAsync(title, new DateOnly(2024, 10, 18));
        using var client = await Factory.Arrange.SignedInAsync(user);
        var url = route.Replace("{id}", recorded.Id.ToString());

        var response = method == "GET"
            ? await client.Http.GetAsync(url)
            : await client.PostWithTokenAsync(
                url,
                ("Form.HeldOn", "18.10.2024."), ("Form.Kind", "EuDay"), ("Form.Title", "Preimenovano"), ("Form.PeopleReached", "5"), ("Form.Version", recorded.Version.ToString()),
                ("version", recorded.Version.ToString()));

        Assert.Equal(expected, response.StatusCode);
        if (expected == HttpStatusCode.Forbidden)
        {
            var saved = await Factory.WithDbAsync(db => db.AwarenessEvents.IgnoreQueryFilters().AsNoTracking().SingleAsync(e => e.Id == recorded.Id));
            Assert.Equal(title, saved.Title);
            Assert.Equal(40, saved.PeopleReached);
            Assert.False(saved.IsDeleted);
        }
    }

    [Theory]
    [InlineData("GET", "/Activity/Events/{id}/Edit")]
    [InlineData("POST", "/Activity/Events/{id}/Edit")]
    [InlineData("POST", "/Activity/Events/{id}/Remove")]
    public async Task An_unknown_id_is_not_found(string method, string route)
    {
        using var client = await Factory.Arrange.SignedInAsync("koordinator");
        var url = route.Replace("{id}", Guid.NewGuid().ToString());

        var response = method == "GET"
            ? await client.Http.GetAsync(url)
            : await client.PostWithTokenAsync(url, ("Form.HeldOn", "18.10.2024."), ("Form.Kind", "EuDay"), ("Form.Title", "X"), ("Form.PeopleReached", "5"), ("Form.Version", "1"), ("version", "1"));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
