using System.Collections.Concurrent;
using System.Data;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace TraffickingCare.Web.Data.Sqlite;

/// <summary>
/// Open SQLite connections kept between contexts, each with the statements it has prepared (<see cref="PreparedStatements"/>).
/// A context takes one when it first needs a connection and gives it back when it is disposed
/// (<see cref="KeptSqliteRelationalConnection"/>). A connection is kept only as it was lent: open, in no transaction,
/// running no kept statement, its settings untouched since it was set up (a command that ran a PRAGMA marks it), and
/// not given out before its database's pool was cleared; any other is closed, an open transaction rolled back first.
/// </summary>
/// <remarks>
/// Static, by connection string, because EF builds the connection in its own service provider, which does not reach
/// the app's services; the app closes its database's connections when it stops (<see cref="KeptSqliteConnectionsLifetime"/>).
/// Like Microsoft.Data.Sqlite's own pool, a kept connection holds the database file open: whatever replaces, moves or
/// deletes the file while the app runs calls <see cref="ClearPool"/> first. Idle connections are closed after
/// <see cref="IdleFor"/> (as Microsoft.Data.Sqlite's pool prunes its own), so a burst does not keep its page caches.
/// A statement run past EF and left unfinished would hold a read snapshot: the bundled SQLite binding cannot list a
/// connection's statements, so that rests on every reader being disposed (EF's are, and the app's own commands are
/// <c>using</c>'d).
/// </remarks>
internal static class KeptSqliteConnections
{
    private static readonly ConcurrentDictionary<string, Database> Databases = new(StringComparer.Ordinal);
    private static readonly ConditionalWeakTable<SqliteConnection, Kept> KeptOnes = [];

    /// <summary>How many idle connections a database keeps at most; more, under a burst, are closed when given back.</summary>
    internal static int IdleAtMost { get; } = Math.Clamp(Environment.ProcessorCount * 4, 4, 16);

    /// <summary>An idle connection older than this is closed when the pool is next used.</summary>
    internal static readonly TimeSpan IdleFor = TimeSpan.FromMinutes(2);

    internal static SqliteConnection? Take(string connectionString)
    {
        var database = DatabaseOf(connectionString);
        while (database.Idle.TryPop(out var idle))
        {
            if (Environment.TickCount64 - idle.GivenBackAt < (long)IdleFor.TotalMilliseconds)
            {
                return idle.Connection;
            }

            // The most recently given back is on top: everything beneath is older still.
            Close(idle.Connection);
            CloseIdle(database);
        }

        return null;
    }

    /// <summary>A connection newly opened and set up for keeping: it prepares its statements once.</summary>
    internal static void Keep(string connectionString, SqliteConnection connection) =>
        KeptOnes.AddOrUpdate(connection, new Kept(new PreparedStatements(connection), DatabaseOf(connectionString).Generation));

    internal static bool IsKept(SqliteConnection connection) => KeptOnes.TryGetValue(connection, out _);

    internal static PreparedStatements? StatementsOf(SqliteConnection connection) =>
        KeptOnes.TryGetValue(connection, out var kept) ? kept.Statements : null;

    /// <summary>Marks a kept connection whose settings a command may have changed (a PRAGMA): it is closed when given back.</summary>
    internal static void Unsettle(SqliteConnection connection)
    {
        if (KeptOnes.TryGetValue(connection, out var kept))
        {
            kept.Unsettled = true;
        }
    }

    /// <summary>Gives a connection back: kept if it is as it was lent (see the class), else closed.</summary>
    internal static void GiveBack(string connectionString, SqliteConnection connection)
    {
        var database = DatabaseOf(connectionString);
        if (KeptOnes.TryGetValue(connection, out var kept)
            && !kept.Unsettled
            && kept.Generation == database.Generation
            && connection.State == ConnectionState.Open
            && raw.sqlite3_get_autocommit(connection.Handle) != 0
            && !kept.Statements.Busy
            && database.Idle.Count < IdleAtMost)
        {
            database.Idle.Push(new Idle(connection, Environment.TickCount64));
            return;
        }

        Close(connection);
    }

    /// <summary>
    /// Closes a database's idle connections, and those lent out when they come back, here and in Microsoft.Data.Sqlite's
    /// pool (a bulk load leaving write-ahead logging, a file about to be replaced or deleted).
    /// </summary>
    internal static void ClearPool(string connectionString)
    {
        var database = DatabaseOf(connectionString);
        Interlocked.Increment(ref database.Generation);
        CloseIdle(database);
        using var connection = new SqliteConnection(connectionString);
        SqliteConnection.ClearPool(connection);
    }

    private static Database DatabaseOf(string connectionString) => Databases.GetOrAdd(connectionString, _ => new Database());

    private static void CloseIdle(Database database)
    {
        while (database.Idle.TryPop(out var idle))
        {
            Close(idle.Connection);
        }
    }

    private static void Close(SqliteConnection connection)
    {
        if (KeptOnes.TryGetValue(connection, out var kept))
        {
            kept.Statements.Dispose();
            KeptOnes.Remove(connection);
            if (kept.Unsettled)
            {
                SqlitePragmaInterceptor.Unsettled(connection);
            }
        }

        // Microsoft.Data.Sqlite rolls back only a transaction it began; its pool would lend the handle on with one begun
        // by SQL of its own.
        if (connection.State == ConnectionState.Open && raw.sqlite3_get_autocommit(connection.Handle) == 0)
        {
            raw.sqlite3_exec(connection.Handle, "ROLLBACK");
        }

        connection.Dispose();
    }

    private sealed class Database
    {
        public readonly ConcurrentStack<Idle> Idle = new();

        public int Generation;
    }

    private sealed record Idle(SqliteConnection Connection, long GivenBackAt);

    private sealed class Kept(PreparedStatements statements, int generation)
    {
        public PreparedStatements Statements { get; } = statements;

        public int Generation { get; } = generation;

        public bool Unsettled { get; set; }
    }
}
