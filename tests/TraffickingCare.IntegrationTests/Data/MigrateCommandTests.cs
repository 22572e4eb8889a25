using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using TraffickingCare.IntegrationTests.Infrastructure;
using TraffickingCare.Web.Data;

namespace TraffickingCare.IntegrationTests.Data;

/// <summary>
/// <c>migrate</c> is what docker-compose.yml's one-off service runs under the login that may change the schema (the
/// app's own login may not): the built app, started as an operator starts it, migrates an empty database and exits
/// without serving.
/// </summary>
public sealed class MigrateCommandTests
{
    [Fact]
    public async Task The_migrate_command_applies_every_migration_to_an_empty_database_and_exits()
    {
        var web = Path.Combine(Repository.Root(), "src", "TraffickingCare.Web");
        var dll = Directory.GetFiles(Path.Combine(web, "bin"), "TraffickingCare.Web.dll", SearchOption.AllDirectories).OrderByDescending(File.GetLastWriteTimeUtc).First();
        var folder = Path.Combine(Path.GetTempPath(), "traffickingcare-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var database = Path.Combine(folder, "migrated.db");
        var start = new ProcessStartInfo("dotnet", [dll, "migrate"])
        {
            WorkingDirectory = web,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        start.Environment["ConnectionStrings__Sqlite"] = $"Data Source={database}";
        start.Environment["DataProtection__KeyRingPath"] = Path.Combine(folder, "keys");
        start.Environment["Storage__AttachmentsPath"] = Path.Combine(folder, "attachments");
        start.Environment["Seed__DemoUsers"] = "false";
        start.Environment["Seed__DemoData"] = "false";
        start.Environment["Seed__DemoReferrals"] = "0";
        start.Environment["Database__MigrateOnStartup"] = "true";

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);

        Assert.True(process.ExitCode == 0, await errors);
        Assert.Contains("The database is up to date.", await output, StringComparison.Ordinal);
        await using var connection = new SqliteConnection($"Data Source={database};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM \"__EFMigrationsHistory\"";
        var applied = (long)(await command.ExecuteScalarAsync())!;
        using var db = new SqliteDesignTimeFactory().CreateDbContext([]);
        Assert.Equal(db.Database.GetMigrations().Count(), applied);
    }
}
