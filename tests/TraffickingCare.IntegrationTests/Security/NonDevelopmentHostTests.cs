using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using TraffickingCare.IntegrationTests.Infrastructure;

namespace TraffickingCare.IntegrationTests.Security;

public sealed class NonDevelopmentHostTests
{
    [Fact]
    public async Task A_staging_host_with_the_public_development_search_key_refuses_to_start()
    {
        await using var factory = new AppFactory { EnvironmentName = "Staging" };
        factory.Settings["Seed:DemoUsers"] = "false";
        factory.Settings["Seed:DemoPassword"] = null;
        factory.Settings["AllowedHosts"] = "tc-staging.example.org";

        var ex = Assert.ThrowsAny<Exception>(() => factory.CreateClient());

        Assert.Contains("SearchIndexKey", ex.ToString());
        Assert.DoesNotContain("AllowedHosts", ex.ToString());
    }

    [Fact]
    public async Task A_production_host_that_accepts_any_host_name_refuses_to_start()
    {
        await using var factory = AppFactory.Production();
        factory.Settings["AllowedHosts"] = "*";

        var ex = Assert.ThrowsAny<Exception>(() => factory.CreateClient());

        Assert.Contains("AllowedHosts", ex.ToString());
    }

    [Fact]
    public async Task A_production_host_answers_a_request_for_another_host_name_with_400()
    {
        await using var factory = AppFactory.Production();
        using var client = factory.CreateClient(new() { AllowAutoRedirect = false, BaseAddress = new Uri("https://attacker.example.net") });

        var response = await client.GetAsync("/health/live");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Kestrel_does_not_name_itself_in_a_server_header()
    {
        await using var factory = new AppFactory();
        factory.UseKestrel(0);
        factory.StartServer();
        var address = factory.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses
            .First(a => a.StartsWith("http://", StringComparison.Ordinal))
            .Replace("[::]", "127.0.0.1", StringComparison.Ordinal).Replace("0.0.0.0", "127.0.0.1", StringComparison.Ordinal);
        using var http = new HttpClient { BaseAddress = new Uri(address) };

        var response = await http.GetAsync("/health/live");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(response.Headers.Server);
        Assert.False(response.Headers.Contains("Server"));
    }
}
