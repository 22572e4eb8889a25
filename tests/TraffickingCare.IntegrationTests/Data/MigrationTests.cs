using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.SqlServer.TransactSql.ScriptDom;
using TraffickingCare.IntegrationTests.Infrastructure;
using TraffickingCare.Web.Data;

namespace TraffickingCare.IntegrationTests.Data;

/// <summary>No SQL Server runs here, so its migrations are checked by Microsoft's own T-SQL parser.</summary>
public sealed class MigrationTests
{
    [Fact]
    public void The_sql_server_idempotent_script_parses_without_errors()
    {
        using var db = new SqlServerDesignTimeFactory().CreateDbContext([]);
        var script = db.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);

        var errors = Parse(script);

        Assert.Empty(errors.Select(e => $"line {e.Line}: {e.Message}"));
        Assert.Contains("CREATE TABLE [AuditEntries]", script);
    }

    /// <summary>
    /// docker-compose.yml's db-init runs this script as sa, sqlcmd filling in the passwords: it parses, and the app's
    /// login gets reading and writing rows, nothing that changes the schema (only the migration login owns it).
    /// </summary>
    [Fact]
    public void The_compose_login_script_parses_and_lets_the_app_only_read_and_write_rows()
    {
        var script = File.ReadAllText(Path.Combine(Repository.Root(), "deploy", "sqlserver", "create-logins.sql"));

        Assert.Empty(Parse(Regex.Replace(script, @"\$\((SQL_[A-Z_]+_PASSWORD)\)", "Example-Passw0rd-1")).Select(e => $"line {e.Line}: {e.Message}"));
        Assert.Equal(["db_datareader", "db_datawriter"], Regex.Matches(script, @"ALTER ROLE \[(\w+)\] ADD MEMBER \[tc_app\]").Select(m => m.Groups[1].Value));
        Assert.Equal(["db_owner"], Regex.Matches(script, @"ALTER ROLE \[(\w+)\] ADD MEMBER \[tc_migrator\]").Select(m => m.Groups[1].Value));
        Assert.DoesNotContain("GRANT", script, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void The_parser_catches_a_misspelt_keyword()
    {
        Assert.NotEmpty(Parse("CRATE TABLE [X] ([Id] int NOT NULL);"));
    }

    [Fact]
    public void Neither_provider_has_model_changes_without_a_migration()
    {
        using var sqlServer = new SqlServerDesignTimeFactory().CreateDbContext([]);
        using var sqlite = new SqliteDesignTimeFactory().CreateDbContext([]);

        Assert.False(sqlServer.Database.HasPendingModelChanges(), "SQL Server model has changes without a migration");
        Assert.False(sqlite.Database.HasPendingModelChanges(), "SQLite model has changes without a migration");
    }

    [Fact]
    public void Both_providers_have_the_same_migrations()
    {
        using var sqlServer = new SqlServerDesignTimeFactory().CreateDbContext([]);
        using var sqlite = new SqliteDesignTimeFactory().CreateDbContext([]);

        static IEnumerable<string> Names(DbContext db) => db.Database.GetMigrations().Select(m => m[15..]);

        Assert.Equal(Names(sqlite), Names(sqlServer));
    }

    private static IList<ParseError> Parse(string script)
    {
        using var reader = new StringReader(script);
        new TSql160Parser(initialQuotedIdentifiers: true).Parse(reader, out var errors);
        return errors;
    }
}
