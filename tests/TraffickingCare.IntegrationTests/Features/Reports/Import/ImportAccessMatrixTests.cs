using System.Net;
using TraffickingCare.IntegrationTests.Infrastructure;

namespace TraffickingCare.IntegrationTests.Features.Reports.Import;

/// <summary>Every import route: management only; everyone else 403; nobody signed in goes to the sign-in page.</summary>
public sealed class ImportAccessMatrixTests(AppFixture app) : IClassFixture<AppFixture>
{
    private static readonly string[] Routes = ["GET /Reports/Import", "POST /Reports/Import", "GET /Reports/Import/{id}", "POST /Reports/Import/{id}/Commit"];

    public static TheoryData<string, string, HttpStatusCode> Matrix
    {
        get
        {
            var data = new TheoryData<string, string, HttpStatusCode>();
            foreach (var route in Routes)
            {
                foreach (var user in new[] { "radnik", "radnik2", "koordinator", "prihvatiliste", "admin" })
                {
                    data.Add(route, user, HttpStatusCode.Forbidden);
                }
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task Only_management_reaches_the_import(string route, string user, HttpStatusCode expected)
    {
        using var client = await app.Factory.Arrange.SignedInAsync(user);

        Assert.Equal(expected, (await SendAsync(client, route, Guid.NewGuid())).StatusCode);
    }

    [Fact]
    public async Task Management_reads_the_import_page_and_an_unknown_import_is_not_found()
    {
        using var manager = await app.Factory.Arrange.SignedInAsync("rukovodstvo");

        Assert.Equal(HttpStatusCode.OK, (await manager.Http.GetAsync("/Reports/Import")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await manager.Http.GetAsync($"/Reports/Import/{Guid.NewGuid()}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await manager.PostWithTokenAsync($"/Reports/Import/{Guid.NewGuid()}/Commit")).StatusCode);
    }

    [Theory]
    [InlineData("GET /Reports/Import")]
    [InlineData("GET /Reports/Import/{id}")]
    public async Task Nobody_signed_in_is_sent_to_sign_in(string route)
    {
        using var anonymous = app.Factory.CreateTestClient();

        var response = await SendAsync(anonymous, route, Guid.NewGuid());

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/Account/Login", response.Headers.Location!.OriginalString);
    }

    private static Task<HttpResponseMessage> SendAsync(TestClient client, string route, Guid id)
    {
        var parts = route.Split(' ');
        var url = parts[1].Replace("{id}", id.ToString());
        return parts[0] == "GET" ? client.Http.GetAsync(url) : client.PostWithTokenAsync(url);
    }
}
