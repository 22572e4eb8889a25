using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using TraffickingCare.Web.Data;

namespace TraffickingCare.IntegrationTests.Data;

/// <summary>
/// The forms of exploitation became entities (soft-deleted like every record). Rows written before that had a
/// composite key and no id: the migration gives each its own id and its decision's stamps, or the new key fails.
/// </summary>
public sealed class FindingsFormsMigrationTests
{
    [Fact]
    public async Task Forms_ticked_before_the_migration_each_get_their_own_id_and_the_stamps_of_their_decision()
    {
        var folder = Path.Combine(Path.GetTempPath(), "traffickingcare-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var connectionString = $"Data Source={Path.Combine(folder, "forms.db")};Pooling=False";
        await using var db = new SqliteAppDbContext(
            new DbContextOptionsBuilder<SqliteAppDbContext>().UseAppSqlite(connectionString).Options, DesignTime.Services());
        var migrator = db.GetService<IMigrator>();
        var migrations = db.Database.GetMigrations().ToList();
        var target = migrations.Single(m => m.EndsWith("_FindingsExploitationFormsSoftDeleted", StringComparison.Ordinal));
        await migrator.MigrateAsync(migrations[migrations.IndexOf(target) - 1]);

        await using (var connection = new SqliteConnection(connectionString))
        {
            await connection.OpenAsync();

            // Only the forms' table is under test: the decision they belong to is written with just its required
            // columns (and its stamps), its case left out.
            await Run(connection, "PRAGMA foreign_keys = OFF");
            var required = new List<string>();
            await using (var columns = connection.CreateCommand())
            {
                columns.CommandText = "SELECT name FROM pragma_table_info('FindingsAndOpinions') WHERE \"notnull\" = 1";
                await using var reader = await columns.ExecuteReaderAsync();
                while (await reader.ReadAsync())
                {
                    required.Add(reader.GetString(0));
                }
            }

            var values = required.Select(c => c switch
            {
                "Id" => $"'{Decision}'",
                "CreatedAtUtc" => "'2024-03-01 10:00:00'",
                _ => "0",
            });
            await Run(connection, $"INSERT INTO \"FindingsAndOpinions\" ({string.Join(", ", required.Select(c => $"\"{c}\""))}, \"CreatedBy\") VALUES ({string.Join(", ", values)}, 'author')");
            await Run(connection, $"""
                INSERT INTO "FindingsExploitationForms" ("FindingsId", "Code")
                VALUES ('{Decision}', 'ForcedLabour'), ('{Decision}', 'SexualExploitation')
                """);
        }

        await migrator.MigrateAsync(target);

        await using var check = new SqliteConnection(connectionString);
        await check.OpenAsync();
        await using var read = check.CreateCommand();
        read.CommandText = """SELECT "Id", "Code", "Version", "IsDeleted", "CreatedAtUtc", "CreatedBy" FROM "FindingsExploitationForms" ORDER BY "Code" """;
        await using var rows = await read.ExecuteReaderAsync();
        var forms = new List<(Guid Id, string Code, long Version, long IsDeleted, string CreatedAtUtc, string CreatedBy)>();
        while (await rows.ReadAsync())
        {
            forms.Add((rows.GetGuid(0), rows.GetString(1), rows.GetInt64(2), rows.GetInt64(3), rows.GetString(4), rows.GetString(5)));
        }

        Assert.Equal(["ForcedLabour", "SexualExploitation"], forms.Select(r => r.Code));
        Assert.Equal(2, forms.Select(r => r.Id).Distinct().Count(id => id != Guid.Empty));
        Assert.All(forms, r => Assert.Equal((1L, 0L, "2024-03-01 10:00:00", "author"), (r.Version, r.IsDeleted, r.CreatedAtUtc, r.CreatedBy)));
    }

    private const string Decision = "AAAAAAAA-0000-0000-0000-000000000001";

    private static async Task Run(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }
}
