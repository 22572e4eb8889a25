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
        var folder = Path.Combine(Path.GetTempPath(), "traffickingcare-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var database = Path.Combine(folder, "migrated.db");

        var (exitCode, output, errors) = await AppCommand.RunAsync(database, folder, new Dictionary<string, string> { ["Database__MigrateOnStartup"] = "true" }, "migrate");

        Assert.True(exitCode == 0, errors);
        Assert.Contains("The database is up to date.", output, StringComparison.Ordinal);
        await using var connection = new SqliteConnection($"Data Source={database};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM \"__EFMigrationsHistory\"";
        var applied = (long)(await command.ExecuteScalarAsync())!;
        using var db = new SqliteDesignTimeFactory().CreateDbContext([]);
        Assert.Equal(db.Database.GetMigrations().Count(), applied);
    }
}
