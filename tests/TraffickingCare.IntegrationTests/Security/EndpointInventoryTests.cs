using System.Net;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.Routing;
using TraffickingCare.IntegrationTests.Infrastructure;
using TraffickingCare.Web.Identity;

namespace TraffickingCare.IntegrationTests.Security;

/// <summary>
/// Walks every endpoint: pages need sign-in (the allow-list itself is in AnonymousEndpointTests),
/// and every form post is protected against cross-site request forgery.
/// </summary>
public sealed class EndpointInventoryTests(AppFixture app) : IClassFixture<AppFixture>
{
    private sealed record Route(string Method, string Name, Endpoint Endpoint);

    private IEnumerable<Route> Routes()
    {
        var endpoints = app.Factory.Services.GetRequiredService<EndpointDataSource>().Endpoints;
        foreach (var endpoint in endpoints.OfType<RouteEndpoint>())
        {
            var action = endpoint.Metadata.GetMetadata<ControllerActionDescriptor>();
            var name = action is null ? endpoint.RoutePattern.RawText ?? endpoint.DisplayName! : $"{action.ControllerName}.{action.ActionName}";
            name = name.StartsWith('/') || action is not null ? name : "/" + name;
            var methods = endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["*"];
            foreach (var method in methods)
            {
                yield return new Route(method, name, endpoint);
            }
        }
    }

    [Fact]
    public async Task Every_page_outside_the_allow_list_sends_an_anonymous_visitor_to_sign_in()
    {
        using var client = app.Factory.CreateTestClient();
        var links = app.Factory.Services.GetRequiredService<LinkGenerator>();
        var pages = Routes()
            .Where(r => r.Method == "GET" && r.Endpoint.Metadata.GetMetadata<IAllowAnonymous>() is null)
            .Where(r => r.Endpoint.Metadata.GetMetadata<ControllerActionDescriptor>() is not null)
            .ToList();
        Assert.NotEmpty(pages);

        foreach (var page in pages)
        {
            var url = UrlOf(links, page.Endpoint);
            var response = await client.Http.GetAsync(url);

            Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"GET {url} answered {response.StatusCode}");
            Assert.StartsWith("/Account/Login", response.Headers.Location!.PathAndQuery);
        }
    }

    [Fact]
    public async Task Every_post_without_an_antiforgery_token_is_refused_with_400()
    {
        using var client = await HoldingEveryRoleAsync("svi.ovlascenja");
        var links = app.Factory.Services.GetRequiredService<LinkGenerator>();
        var posts = Routes()
            .Where(r => r.Method == "POST")
            .Where(r => r.Endpoint.Metadata.GetMetadata<ControllerActionDescriptor>() is not null)
            .ToList();
        Assert.True(posts.Count >= 5, $"only {posts.Count} form posts found");

        foreach (var post in posts)
        {
            var url = UrlOf(links, post.Endpoint);
            var response = await client.Http.PostAsync(url, new FormUrlEncodedContent([new("id", Guid.CreateVersion7().ToString())]));

            Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"POST {url} without a token answered {response.StatusCode}");
        }
    }

    /// <summary>
    /// Every route that takes a record's id, asked by a user who holds every role about an id that names nothing: not
    /// found, never a page, a file or an error. A route that answered without looking its record up (or up through the
    /// access rule) would serve something for any id; the access matrices then try real records role by role. A post
    /// whose input is refused before its record is looked up may instead flash the refusal on the page it leads back
    /// to (a redirect, which shows nothing of the record).
    /// </summary>
    [Fact]
    public async Task Every_route_that_takes_an_id_answers_an_unknown_one_with_not_found()
    {
        using var client = await HoldingEveryRoleAsync("sve.uloge");
        var links = app.Factory.Services.GetRequiredService<LinkGenerator>();
        var routes = Routes()
            .Where(r => r.Method is "GET" or "POST" && r.Endpoint.Metadata.GetMetadata<ControllerActionDescriptor>() is not null)
            .Where(r => ((RouteEndpoint)r.Endpoint).RoutePattern.Parameters.Any(p => p.ParameterPolicies.Any(policy => policy.Content == "guid")))
            .ToList();
        Assert.True(routes.Count >= 100, $"only {routes.Count} routes with an id found");

        var answered = new List<string>();
        foreach (var route in routes)
        {
            var url = UrlOf(links, route.Endpoint);
            var response = route.Method == "GET" ? await client.Http.GetAsync(url) : await client.PostWithTokenAsync(url, ("version", "1"));
            if (response.StatusCode != HttpStatusCode.NotFound && !(route.Method == "POST" && response.StatusCode == HttpStatusCode.Redirect))
            {
                answered.Add($"{route.Method} {url}: {(int)response.StatusCode}");
            }
        }

        Assert.True(answered.Count == 0, string.Join("\n", answered));
    }

    /// <summary>A client signed in as a new user who holds every role, so that no policy refuses before the route's own checks.</summary>
    private async Task<TestClient> HoldingEveryRoleAsync(string userName)
    {
        await TestUsers.CreateAsync(app.Factory, userName, [.. Roles.All]);
        var client = app.Factory.CreateTestClient();
        await client.SignInAsync(userName);
        return client;
    }

    /// <summary>The action's own address, with a new id for every route parameter it names (caseId, valueId...).</summary>
    private static string UrlOf(LinkGenerator links, Endpoint endpoint)
    {
        var action = endpoint.Metadata.GetMetadata<ControllerActionDescriptor>()!;
        var values = new RouteValueDictionary { ["id"] = Guid.CreateVersion7() };
        foreach (var parameter in ((RouteEndpoint)endpoint).RoutePattern.Parameters.Where(p => p.Name is not ("controller" or "action")))
        {
            values.TryAdd(parameter.Name, parameter.ParameterPolicies.Any(p => p.Content == "int") ? 1 : Guid.CreateVersion7());
        }

        return links.GetPathByAction(action.ActionName, action.ControllerName, values)
            ?? throw new InvalidOperationException($"No address for {action.ControllerName}.{action.ActionName}");
    }
}
