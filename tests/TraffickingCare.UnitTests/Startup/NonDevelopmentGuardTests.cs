using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;
using TraffickingCare.Web.Infrastructure.Startup;

namespace TraffickingCare.UnitTests.Startup;

/// <summary>The start-up guard protects every environment but Development: a staging copy holds real data too.</summary>
public sealed class NonDevelopmentGuardTests
{
    private static IReadOnlyList<string> Check(string environment, Dictionary<string, string?> settings) =>
        ProductionGuard.Problems(new ConfigurationBuilder().AddInMemoryCollection(settings).Build(), new HostingEnvironment { EnvironmentName = environment });

    private static Dictionary<string, string?> Safe(string allowedHosts) => new()
    {
        ["DataProtection:KeyRingPath"] = "/keys",
        ["Storage:AttachmentsPath"] = "/attachments",
        ["DataProtection:SearchIndexKey"] = Convert.ToBase64String(Enumerable.Range(1, 32).Select(i => (byte)(i * 7)).ToArray()),
        ["DataProtection:AuditChainKey"] = Convert.ToBase64String(Enumerable.Range(1, 32).Select(i => (byte)(i * 11)).ToArray()),
        ["AllowedHosts"] = allowedHosts,
        ["App:PublicBaseUrl"] = "https://tc.example.org",
    };

    [Theory]
    [InlineData("Staging")]
    [InlineData("Test")]
    [InlineData("Production")]
    public void Any_environment_but_development_with_the_public_development_search_key_is_refused(string environment)
    {
        var settings = new Dictionary<string, string?>(Safe("tc.example.org")) { ["DataProtection:SearchIndexKey"] = TraffickingCare.Web.Data.PersonSearch.BlindIndexKey.DevelopmentKey };

        Assert.Single(Check(environment, settings), p => p.Contains("SearchIndexKey"));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("*")]
    [InlineData("tc.example.org;*")]
    public void Outside_development_allowed_hosts_must_name_the_sites_host(string? allowedHosts)
    {
        Assert.Single(Check("Staging", Safe(allowedHosts!)), p => p.Contains("AllowedHosts"));
    }

    [Fact]
    public void A_named_host_is_accepted_outside_development_and_any_host_in_development()
    {
        Assert.Empty(Check("Staging", Safe("tc.example.org;tc-staging.example.org")));
        Assert.Empty(Check(Environments.Development, new Dictionary<string, string?> { ["AllowedHosts"] = "*" }));
    }

    [Fact]
    public void Outside_development_mails_are_sent_never_kept_in_a_pickup_folder()
    {
        var settings = new Dictionary<string, string?>(Safe("tc.example.org")) { ["Mail:PickupFolder"] = "data/mail" };

        Assert.Single(Check("Production", settings), p => p.Contains("Mail:PickupFolder"));
        Assert.Empty(Check(Environments.Development, new Dictionary<string, string?> { ["Mail:PickupFolder"] = "data/mail" }));
    }
}
