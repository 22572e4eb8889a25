using System.Net;
using TraffickingCare.IntegrationTests.Infrastructure;

namespace TraffickingCare.IntegrationTests.Security;

public sealed class SecurityHeadersTests(AppFixture app) : IClassFixture<AppFixture>
{
    [Theory]
    [InlineData("/Error/404")]
    [InlineData("/health/live")]
    [InlineData("/css/site.css")]
    public async Task Every_response_carries_the_security_headers(string url)
    {
        using var client = app.Factory.CreateTestClient();

        var response = await client.Http.GetAsync(url);

        var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self'", csp);
        Assert.DoesNotContain("unsafe-inline", csp);
        Assert.DoesNotContain("unsafe-eval", csp);
        Assert.Contains("frame-ancestors 'none'", csp);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
    }

    [Fact]
    public async Task A_correlation_id_is_returned_and_a_hostile_one_is_replaced()
    {
        using var client = app.Factory.CreateTestClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/health/live");
        request.Headers.Add("X-Correlation-Id", "<script>alert(1)</script>");

        var response = await client.Http.SendAsync(request);

        var id = response.Headers.GetValues("X-Correlation-Id").Single();
        Assert.DoesNotContain("<", id);
        Assert.NotEmpty(id);
    }

    [Fact]
    public async Task Pages_are_not_served_to_anonymous_users_except_the_allowed_ones()
    {
        using var client = app.Factory.CreateTestClient();

        var response = await client.Http.GetAsync("/");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/Login", response.Headers.Location!.PathAndQuery);
    }
}
