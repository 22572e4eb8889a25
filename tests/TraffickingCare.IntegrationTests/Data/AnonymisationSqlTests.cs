using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.SqlServer.TransactSql.ScriptDom;
using TraffickingCare.Web.Data;
using TraffickingCare.Web.Data.Encryption;
using TraffickingCare.Web.Data.Retention;

namespace TraffickingCare.IntegrationTests.Data;

/// <summary>
/// The retention run's statements, built from the model: every table with an encrypted column is reached from the
/// cases (a new one is anonymised without a change), and on SQL Server, which does not run here, they parse.
/// </summary>
public sealed class AnonymisationSqlTests
{
    [Fact]
    public void Every_table_with_an_encrypted_column_is_reached_from_the_cases()
    {
        using var db = new SqlServerDesignTimeFactory().CreateDbContext([]);

        var sql = AnonymisationSql.For(db.Model, db.GetService<ISqlGenerationHelper>());

        Assert.Empty(sql.Unreachable);
        Assert.Equal(EncryptedTables.Of(db.Model).Count - 2, sql.CaseTables.Count);
        var reviews = Assert.Single(sql.CaseTables, s => s.StartsWith("UPDATE [GoalReviews]", StringComparison.Ordinal));
        Assert.Contains("[GoalId] IN (SELECT [Id] FROM [PlanGoals] WHERE [PlacementId] IN (SELECT [Id] FROM [Placements] WHERE [CaseId] IN ({ids})))", reviews, StringComparison.Ordinal);
        var notes = Assert.Single(sql.CaseTables, s => s.StartsWith("UPDATE [CaseNotes]", StringComparison.Ordinal));
        Assert.Contains("[Text] = {2}", notes, StringComparison.Ordinal);
        Assert.Contains("[Version] = [Version] + 1", notes, StringComparison.Ordinal);
        Assert.Contains("[PersonNameOrAlias] = NULL", sql.Referrals, StringComparison.Ordinal);
        Assert.Contains("[AnonymisedAtUtc] = {0}", sql.Persons, StringComparison.Ordinal);
        Assert.DoesNotContain(sql.CaseTables, s => s.Contains("[ShelterUnits]", StringComparison.Ordinal));
    }

    [Fact]
    public void Its_sql_server_statements_parse_without_errors()
    {
        using var db = new SqlServerDesignTimeFactory().CreateDbContext([]);
        var sql = AnonymisationSql.For(db.Model, db.GetService<ISqlGenerationHelper>());

        foreach (var statement in sql.CaseTables.Append(sql.Referrals).Append(sql.Persons))
        {
            // The placeholders become parameters, as ExecuteSqlRaw makes them.
            var text = statement.Replace(AnonymisationSql.Ids, "@p3, @p4", StringComparison.Ordinal)
                .Replace("{0}", "@p0", StringComparison.Ordinal).Replace("{1}", "@p1", StringComparison.Ordinal).Replace("{2}", "@p2", StringComparison.Ordinal);
            using var reader = new StringReader(text);
            new TSql160Parser(initialQuotedIdentifiers: true).Parse(reader, out var errors);
            Assert.Empty(errors.Select(e => $"{e.Message} in {text}"));
        }
    }
}
