using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;
using TraffickingCare.Web.Infrastructure.Startup;

namespace TraffickingCare.UnitTests.Startup;

public sealed class ProductionGuardTests
{
    private static readonly Dictionary<string, string?> SafeProduction = new()
    {
        ["DataProtection:KeyRingPath"] = "/keys",
        ["Storage:AttachmentsPath"] = "/attachments",
        ["App:PublicBaseUrl"] = "https://tc.example.org",
        ["DataProtection:SearchIndexKey"] = Convert.ToBase64String(Enumerable.Range(1, 32).Select(i => (byte)(i * 7)).ToArray()),
        ["DataProtection:AuditChainKey"] = Convert.ToBase64String(Enumerable.Range(1, 32).Select(i => (byte)(i * 11)).ToArray()),
        ["ConnectionStrings:SqlServer"] = "Server=db;Database=TraffickingCare;User Id=app;Password=a-real-secret-from-the-vault",
        ["AllowedHosts"] = "tc.example.org",
    };

    private static IReadOnlyList<string> Check(string environment, Dictionary<string, string?> settings) =>
        ProductionGuard.Problems(
            new ConfigurationBuilder().AddInMemoryCollection(settings).Build(),
            new HostingEnvironment { EnvironmentName = environment });

    [Fact]
    public void A_properly_configured_production_host_starts()
    {
        Assert.Empty(Check(Environments.Production, SafeProduction));
    }

    [Theory]
    [InlineData(null)]
    [InlineData(TraffickingCare.Web.Data.PersonSearch.BlindIndexKey.DevelopmentKey)]
    [InlineData("c2hvcnQ=")]
    [InlineData("not base64!")]
    public void Production_without_its_own_search_index_key_is_refused(string? key)
    {
        var settings = new Dictionary<string, string?>(SafeProduction) { ["DataProtection:SearchIndexKey"] = key };
        Assert.Single(Check(Environments.Production, settings), p => p.Contains("SearchIndexKey"));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("http://tc.example.org")]
    [InlineData("tc.example.org")]
    [InlineData("/relative")]
    public void Production_without_an_https_public_base_address_is_refused(string? baseUrl)
    {
        var settings = new Dictionary<string, string?>(SafeProduction) { ["App:PublicBaseUrl"] = baseUrl };

        Assert.Single(Check(Environments.Production, settings), p => p.Contains("App:PublicBaseUrl"));
    }

    [Theory]
    [InlineData(null)]
    [InlineData(" ")]
    public void Production_without_an_attachments_folder_is_refused(string? path)
    {
        var settings = new Dictionary<string, string?>(SafeProduction) { ["Storage:AttachmentsPath"] = path };

        Assert.Single(Check(Environments.Production, settings), p => p.Contains("Storage:AttachmentsPath"));
    }

    [Fact]
    public void Production_without_a_key_ring_location_is_refused()
    {
        var settings = new Dictionary<string, string?>(SafeProduction) { ["DataProtection:KeyRingPath"] = "" };

        Assert.Single(Check(Environments.Production, settings), p => p.Contains("KeyRingPath"));
    }

    [Fact]
    public void Production_with_the_development_demo_password_is_refused()
    {
        var settings = new Dictionary<string, string?>(SafeProduction) { ["Seed:DemoPassword"] = ProductionGuard.DevelopmentDemoPassword };

        Assert.Single(Check(Environments.Production, settings), p => p.Contains("DemoPassword"));
    }

    [Fact]
    public void Production_with_the_compose_placeholder_sql_password_is_refused()
    {
        var settings = new Dictionary<string, string?>(SafeProduction)
        {
            ["ConnectionStrings:SqlServer"] = $"Server=db;User Id=sa;Password={ProductionGuard.PlaceholderSqlPassword}",
        };

        Assert.Single(Check(Environments.Production, settings), p => p.Contains("placeholder"));
    }

    /// <summary>Each connection string of docker-compose.yml, with the password it falls back to when .env has none.</summary>
    public static TheoryData<string> ComposeConnectionStrings()
    {
        var compose = File.ReadAllText(Path.Combine(Localization.ResourceParityTests.RepositoryRoot(), "docker-compose.yml"));
        var data = new TheoryData<string>();
        foreach (System.Text.RegularExpressions.Match match in System.Text.RegularExpressions.Regex.Matches(compose, @"ConnectionStrings__SqlServer: ""([^""]+)"""))
        {
            data.Add(System.Text.RegularExpressions.Regex.Replace(match.Groups[1].Value, @"\$\{[A-Z_]+:-([^}]*)\}", "$1"));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ComposeConnectionStrings))]
    public void Production_with_any_placeholder_password_of_the_compose_file_is_refused(string connectionString)
    {
        var settings = new Dictionary<string, string?>(SafeProduction) { ["ConnectionStrings:SqlServer"] = connectionString };

        Assert.Single(Check(Environments.Production, settings), p => p.Contains("placeholder"));
    }

    [Fact]
    public void Production_cannot_switch_two_factor_off()
    {
        var settings = new Dictionary<string, string?>(SafeProduction) { ["Security:RequireTwoFactor"] = "false" };

        Assert.Single(Check(Environments.Production, settings), p => p.Contains("RequireTwoFactor"));
    }

    [Fact]
    public void Production_refuses_to_trust_forwarded_headers_from_anyone()
    {
        var settings = new Dictionary<string, string?>(SafeProduction) { ["ASPNETCORE_FORWARDEDHEADERS_ENABLED"] = "true" };

        Assert.Single(Check(Environments.Production, settings), p => p.Contains("FORWARDEDHEADERS"));
    }

    [Fact]
    public void Development_defaults_are_allowed_in_development()
    {
        var settings = new Dictionary<string, string?> { ["Seed:DemoPassword"] = ProductionGuard.DevelopmentDemoPassword };

        Assert.Empty(Check(Environments.Development, settings));
    }

    [Fact]
    public void Verify_throws_with_every_problem_named()
    {
        var ex = Assert.Throws<InvalidOperationException>(() => ProductionGuard.Verify(
            new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Seed:DemoPassword"] = ProductionGuard.DevelopmentDemoPassword }).Build(),
            new HostingEnvironment { EnvironmentName = Environments.Production }));

        Assert.Contains("KeyRingPath", ex.Message);
        Assert.Contains("DemoPassword", ex.Message);
    }

    [Theory]
    [InlineData(null)]
    [InlineData(TraffickingCare.Web.Data.Auditing.AuditChainKey.DevelopmentKey)]
    [InlineData("c2hvcnQ=")]
    public void Production_refuses_a_missing_development_or_short_audit_chain_key(string? key)
    {
        var settings = new Dictionary<string, string?>(SafeProduction) { ["DataProtection:AuditChainKey"] = key };

        Assert.Single(Check(Environments.Production, settings), p => p.Contains("AuditChainKey"));
    }

    [Fact]
    public void The_sql_capture_of_the_benchmark_is_refused_outside_development()
    {
        var settings = new Dictionary<string, string?>(SafeProduction) { [TraffickingCare.Web.Infrastructure.Diagnostics.SqlCaptureOptions.FileKey] = "/tmp/sql.jsonl" };

        Assert.Single(Check(Environments.Production, settings), p => p.Contains("SqlCaptureFile"));
        Assert.Empty(Check(Environments.Development, settings));
    }
}
