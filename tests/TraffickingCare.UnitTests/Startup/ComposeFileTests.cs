using System.Text.RegularExpressions;

namespace TraffickingCare.UnitTests.Startup;

/// <summary>
/// docker-compose.yml runs the app with the least privilege SQL Server allows it (issue 15): its own login reads and
/// writes rows; the schema is changed only by the one-off migrate service, under a login of its own; sa only creates
/// the logins. No Docker engine runs here, so the file itself is read.
/// </summary>
public sealed partial class ComposeFileTests
{
    private static readonly string Compose = File.ReadAllText(Path.Combine(Localization.ResourceParityTests.RepositoryRoot(), "docker-compose.yml"));

    /// <summary>The lines of one service, from its name to the next service or top-level key.</summary>
    private static string Service(string name)
    {
        var start = Compose.IndexOf($"\n  {name}:\n", StringComparison.Ordinal);
        Assert.True(start >= 0, $"service {name} not found");
        var next = ServiceStart().Match(Compose, start + name.Length + 4);
        return Compose[start..(next.Success ? next.Index : Compose.Length)];
    }

    [GeneratedRegex(@"\n(  [a-z-]+:\n|[a-z]+:)")]
    private static partial Regex ServiceStart();

    [Fact]
    public void The_app_connects_with_its_own_login_and_never_migrates()
    {
        var app = Service("app");

        Assert.Contains("User Id=tc_app;", app, StringComparison.Ordinal);
        Assert.DoesNotContain("User Id=sa;", app, StringComparison.Ordinal);
        Assert.Contains("Database__MigrateOnStartup: \"false\"", app, StringComparison.Ordinal);
        Assert.Contains("condition: service_completed_successfully", app, StringComparison.Ordinal);
    }

    [Fact]
    public void The_migrations_run_once_under_the_migration_login()
    {
        var migrate = Service("migrate");

        Assert.Contains("command: [\"migrate\"]", migrate, StringComparison.Ordinal);
        Assert.Contains("User Id=tc_migrator;", migrate, StringComparison.Ordinal);
        Assert.Contains("Database__MigrateOnStartup: \"true\"", migrate, StringComparison.Ordinal);
        Assert.Contains("restart: \"no\"", migrate, StringComparison.Ordinal);
    }

    [Fact]
    public void Only_the_login_script_runs_as_sa()
    {
        var init = Service("db-init");

        Assert.Contains("-U sa", init, StringComparison.Ordinal);
        Assert.Contains("/scripts/create-logins.sql", init, StringComparison.Ordinal);
        Assert.Equal(1, Regex.Count(Compose, @"User Id=sa\b|-U sa\b") - Regex.Count(Service("db"), @"-U sa\b"));
    }
}
