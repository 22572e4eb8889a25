using System.Net;
using TraffickingCare.IntegrationTests.Infrastructure;

namespace TraffickingCare.IntegrationTests.Features.Reports.Extract;

/// <summary>The extract's page and download: management only; everyone else 403; nobody signed in goes to the sign-in page.</summary>
public sealed class ExtractAccessMatrixTests(AppFixture app) : IClassFixture<AppFixture>
{
    private static readonly string[] Routes = ["/Reports/Extract", "/Reports/Extract?year=2024", "/Reports/Extract/2024/extract.csv"];

    public static TheoryData<string, string, HttpStatusCode> Matrix
    {
        get
        {
            var data = new TheoryData<string, string, HttpStatusCode>();
            foreach (var route in Routes)
            {
                data.Add(route, "rukovodstvo", HttpStatusCode.OK);
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
    public async Task Only_management_reaches_the_extract(string route, string user, HttpStatusCode expected)
    {
        using var client = await app.Factory.Arrange.SignedInAsync(user);

        Assert.Equal(expected, (await client.Http.GetAsync(route)).StatusCode);
    }

    [Theory]
    [InlineData("/Reports/Extract")]
    [InlineData("/Reports/Extract/2024/extract.csv")]
    public async Task Nobody_signed_in_is_sent_to_sign_in(string route)
    {
        using var anonymous = app.Factory.CreateTestClient();

        var response = await anonymous.Http.GetAsync(route);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/Account/Login", response.Headers.Location!.OriginalString);
    }

    [Theory]
    [InlineData("/Reports/Extract?year=1999")]
    [InlineData("/Reports/Extract/2999/extract.csv")]
    public async Task A_year_without_records_is_not_found(string route)
    {
        using var manager = await app.Factory.Arrange.SignedInAsync("rukovodstvo");

        Assert.Equal(HttpStatusCode.NotFound, (await manager.Http.GetAsync(route)).StatusCode);
    }
}
