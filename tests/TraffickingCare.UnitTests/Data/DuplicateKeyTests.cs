using System.Reflection;
using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using TraffickingCare.Web.Data;

namespace TraffickingCare.UnitTests.Data;

public sealed class DuplicateKeyTests
{
    [Theory]
    [InlineData("CREATE TABLE t (code TEXT); CREATE UNIQUE INDEX ix ON t (code);", "INSERT INTO t VALUES ('a'); INSERT INTO t VALUES ('a');", true)]
    [InlineData("CREATE TABLE t (code TEXT PRIMARY KEY);", "INSERT INTO t VALUES ('a'); INSERT INTO t VALUES ('a');", true)]
    [InlineData("CREATE TABLE t (code TEXT NOT NULL);", "INSERT INTO t VALUES (NULL);", false)]
    [InlineData("CREATE TABLE p (id INTEGER PRIMARY KEY); CREATE TABLE t (p INTEGER REFERENCES p (id)); PRAGMA foreign_keys = ON;", "INSERT INTO t VALUES (7);", false)]
    public void A_refusal_from_sqlite_is_a_duplicate_key_only_when_a_unique_index_or_key_refused_it(string schema, string insert, bool duplicate)
    {
        using var connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();
        Run(connection, schema);

        var refusal = Assert.Throws<SqliteException>(() => Run(connection, insert));

        Assert.Equal(duplicate, DuplicateKey.Is(new DbUpdateException("save failed", refusal)));
    }

    [Theory]
    [InlineData(2601, true)] // a unique index
    [InlineData(2627, true)] // a primary key or unique constraint
    [InlineData(547, false)] // a foreign key or check constraint
    [InlineData(1205, false)] // a deadlock victim
    public void A_refusal_from_sql_server_is_a_duplicate_key_by_its_error_number(int number, bool duplicate) =>
        Assert.Equal(duplicate, DuplicateKey.Is(new DbUpdateException("save failed", SqlServerError(number))));

    [Fact]
    public void A_failure_without_a_database_refusal_is_not_a_duplicate_key()
    {
        Assert.False(DuplicateKey.Is(new DbUpdateException("save failed")));
        Assert.False(DuplicateKey.Is(new DbUpdateConcurrencyException("stale")));
    }

    private static void Run(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    // SqlException has no public constructor; the client builds it from a collection of server errors,
    // and so does this (through the same internal factory), so the shape is the one a server produces.
    private static SqlException SqlServerError(int number)
    {
        const BindingFlags Internal = BindingFlags.NonPublic | BindingFlags.Instance;
        var errorConstructor = typeof(SqlError).GetConstructors(Internal).OrderByDescending(c => c.GetParameters().Length).First();
        var error = (SqlError)errorConstructor.Invoke(errorConstructor.GetParameters().Select(p => p.Name switch
        {
            "infoNumber" => number,
            "errorClass" => (byte)14,
            "errorMessage" => $"Server error {number}",
            "server" => "test",
            _ => p.HasDefaultValue ? p.DefaultValue : (p.ParameterType.IsValueType ? Activator.CreateInstance(p.ParameterType) : null),
        }).ToArray());
        var errors = (SqlErrorCollection)typeof(SqlErrorCollection).GetConstructors(Internal).Single().Invoke([]);
        typeof(SqlErrorCollection).GetMethod("Add", Internal)!.Invoke(errors, [error]);
        var create = typeof(SqlException).GetMethod("CreateException", BindingFlags.NonPublic | BindingFlags.Static, [typeof(SqlErrorCollection), typeof(string)])!;
        return (SqlException)create.Invoke(null, [errors, "17.0.0"])!;
    }
}
