using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.SqlServer.TransactSql.ScriptDom;
using TraffickingCare.Web.Data;
using TraffickingCare.Web.Data.Encryption;

namespace TraffickingCare.IntegrationTests.Data;

/// <summary>The backfill runs on SQLite in the other tests; no SQL Server runs here, so its statements are checked by Microsoft's T-SQL parser.</summary>
public sealed class EncryptedColumnBackfillSqlTests
{
    [Fact]
    public void It_covers_every_encrypted_column_including_those_of_complex_types()
    {
        using var db = new SqlServerDesignTimeFactory().CreateDbContext([]);

        var tables = EncryptedTables.Of(db.Model).ToDictionary(t => t.Name, t => t.Columns);

        Assert.Equal(["Interpreter", "Interviewers", "Place", "Summary"], tables["Interviews"]);
        Assert.Equal(["Document", "Institution"], tables["InformationSources"]);
        Assert.Equal(["Note", "Source"], tables["IndicatorResponses"]);
        Assert.Equal(["Circumstances", "OutcomeNote", "PersonDateOfBirth", "PersonNameOrAlias", "ReferrerContact", "ReferrerOrganisation"], tables["Referrals"]);
    }

    [Fact]
    public void Its_sql_server_statements_parse_without_errors()
    {
        using var db = new SqlServerDesignTimeFactory().CreateDbContext([]);
        var connection = db.Database.GetDbConnection();

        foreach (var table in EncryptedTables.Of(db.Model))
        {
            var sql = new BackfillSql(table, db.GetService<ISqlGenerationHelper>(), isSqlServer: true, "CfDJ8", 500);
            var key = table.Key.Select(_ => (object?)Guid.Empty).ToArray();
            using var first = sql.Select(connection, null!, after: null);
            using var next = sql.Select(connection, null!, key);
            using var update = sql.Update(connection, null!, key, table.Columns.Select(_ => (string?)"x").ToArray());

            foreach (var text in new[] { first.CommandText, next.CommandText, update.CommandText })
            {
                Assert.Empty(Parse(text).Select(e => $"{table.Name}: {e.Message} in {text}"));
            }

            Assert.Contains("TOP (500)", first.CommandText, StringComparison.Ordinal);
            Assert.Contains("COLLATE Latin1_General_BIN2", first.CommandText, StringComparison.Ordinal);
        }
    }

    private static IList<ParseError> Parse(string script)
    {
        using var reader = new StringReader(script);
        new TSql160Parser(initialQuotedIdentifiers: true).Parse(reader, out var errors);
        return errors;
    }
}
