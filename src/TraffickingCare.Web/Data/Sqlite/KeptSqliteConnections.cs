using System.Collections.Concurrent;
using System.Data;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace TraffickingCare.Web.Data.Sqlite;

/// <summary>
/// Open SQLite connections kept between contexts, each with the statements it has prepared (<see cref="PreparedStatements"/>).
/// A context takes one when it first needs a connection and gives it back when it is disposed
/// (<see cref="KeptSqliteRelationalConnection"/>); a connection that comes back in a transaction, or with a statement
/// still running, is closed instead of kept.
/// </summary>
/// <remarks>
/// Static, by connection string, because EF builds the connection in its own service provider, which does not reach
/// the app's services; the app closes its database's connections when it stops (<see cref="KeptSqliteConnectionsLifetime"/>).
/// Like Microsoft.Data.Sqlite's own pool, a kept connection holds the database file open: whatever replaces or moves
/// the file while the app runs calls <see cref="ClearAllPools"/>, which closes both.
/// </remarks>
internal static class KeptSqliteConnections
{
    private static readonly ConcurrentDictionary<string, ConcurrentBag<SqliteConnection>> Idle = new(StringComparer.Ordinal);
    private static readonly ConditionalWeakTable<SqliteConnection, PreparedStatements> Statements = [];

    /// <summary>How many idle connections a database keeps at most; more, under a burst, are closed when given back.</summary>
    internal static int IdleAtMost { get; } = Math.Max(4, Environment.ProcessorCount * 4);

    internal static SqliteConnection? Take(string connectionString) =>
        Idle.TryGetValue(connectionString, out var idle) && idle.TryTake(out var connection) ? connection : null;

    /// <summary>A connection newly opened for keeping: it prepares its statements once.</summary>
    internal static void Keep(SqliteConnection connection) => Statements.AddOrUpdate(connection, new PreparedStatements(connection));

    internal static bool IsKept(SqliteConnection connection) => Statements.TryGetValue(connection, out _);

    internal static PreparedStatements? StatementsOf(SqliteConnection connection) =>
        Statements.TryGetValue(connection, out var statements) ? statements : null;

    /// <summary>Gives a connection back: kept if it is open, in no transaction, running no statement, and not one too many; else closed.</summary>
    internal static void GiveBack(string connectionString, SqliteConnection connection)
    {
        var idle = Idle.GetOrAdd(connectionString, _ => []);
        if (connection.State == ConnectionState.Open
            && raw.sqlite3_get_autocommit(connection.Handle) != 0
            && StatementsOf(connection) is { Busy: false }
            && idle.Count < IdleAtMost)
        {
            idle.Add(connection);
            return;
        }

        Close(connection);
    }

    /// <summary>Closes the idle connections to a database (the app stopping).</summary>
    internal static void CloseAll(string connectionString)
    {
        if (Idle.TryRemove(connectionString, out var idle))
        {
            while (idle.TryTake(out var connection))
            {
                Close(connection);
            }
        }
    }

    /// <summary>
    /// Closes every idle connection, kept here or in Microsoft.Data.Sqlite's pool, so that no idle connection holds a
    /// database file open (a bulk load leaving write-ahead logging, a file about to be replaced or deleted).
    /// </summary>
    internal static void ClearAllPools()
    {
        foreach (var connectionString in Idle.Keys)
        {
            CloseAll(connectionString);
        }

        SqliteConnection.ClearAllPools();
    }

    private static void Close(SqliteConnection connection)
    {
        if (Statements.TryGetValue(connection, out var statements))
        {
            statements.Dispose();
            Statements.Remove(connection);
        }

        connection.Dispose();
    }
}
