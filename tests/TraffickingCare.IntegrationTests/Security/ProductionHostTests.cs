using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using TraffickingCare.IntegrationTests.Infrastructure;

namespace TraffickingCare.IntegrationTests.Security;

public sealed class ProductionHostTests
{
    private static HttpClient HttpsClient(AppFactory factory) =>
        factory.CreateClient(new WebApplicationFactoryClientOptions
        {
            AllowAutoRedirect = false,
            BaseAddress = new Uri("https://tc.example.org"),
        });

    [Fact]
    public async Task Production_refuses_to_start_without_a_key_ring_location()
    {
        await using var factory = AppFactory.Production();
        factory.Settings["DataProtection:KeyRingPath"] = "";

        var ex = Assert.ThrowsAny<Exception>(() => factory.CreateClient());

        Assert.Contains("KeyRingPath", ex.ToString());
    }

    [Fact]
    public async Task Production_refuses_to_start_with_the_demo_password()
    {
        await using var factory = AppFactory.Production();
        factory.Settings["Seed:DemoPassword"] = "Demo-Lozinka-2026";

        var ex = Assert.ThrowsAny<Exception>(() => factory.CreateClient());

        Assert.Contains("DemoPassword", ex.ToString());
    }

    [Fact]
    public async Task Production_creates_no_demo_accounts()
    {
        await using var factory = AppFactory.Production();
        using var client = HttpsClient(factory);

        var users = await factory.WithDbAsync(db => Task.FromResult(db.Users.Count()));

        Assert.Equal(0, users);
    }

    [Fact]
    public async Task An_unhandled_error_shows_a_localized_page_without_the_exception()
    {
        await using var factory = AppFactory.Production();
        factory.IncludeTestEndpoints = true;
        using var client = HttpsClient(factory);

        var response = await client.GetAsync("/__test/throw");
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Contains("Došlo je do greške", body);
        Assert.DoesNotContain(ThrowingController.Secret, body);
        Assert.DoesNotContain("InvalidOperationException", body);
        Assert.DoesNotContain("ThrowingController", body);
    }

    [Fact]
    public async Task Production_sends_hsts_and_marks_cookies_secure()
    {
        await using var factory = AppFactory.Production();
        using var client = HttpsClient(factory);

        var response = await client.GetAsync("/Error/404");

        Assert.True(response.Headers.Contains("Strict-Transport-Security"));
        var antiforgery = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("tc.af=", StringComparison.Ordinal));
        Assert.Contains("secure", antiforgery, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("httponly", antiforgery, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", antiforgery, StringComparison.OrdinalIgnoreCase);
    }
}
