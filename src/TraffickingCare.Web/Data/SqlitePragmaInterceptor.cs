using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;
using SQLitePCL;

namespace TraffickingCare.Web.Data;

/// <summary>
/// SQLite settings that are per connection: enforce foreign keys, wait for a busy writer instead of
/// failing at once, and write-ahead logging so that readers never block the writer. Each connection caches up to
/// 32 MiB of pages: with SQLite's default (2 MiB) every page a large query touched beyond the first few hundred was a
/// system call, half of the annual report's time over 100,000 cases. The file is not memory-mapped (mmap_size 0):
/// a mapped page is parsed again on every fetch and mapping it costs the kernel page-table work. Under 50
/// concurrent case views at the seeded million, SQLite's page parsing (btreeInitPage) alone took 9.8 % of the app's
/// CPU samples; without the map the same run served 112.6 audited views a second instead of 79, and the annual
/// report took as long (docs/performance.md, "One connection a request, and no memory map"). (Bulk writes are no
/// faster for either: their time is in writing.)
/// </summary>
/// <remarks>
/// The settings belong to SQLite's connection handle, which Microsoft.Data.Sqlite keeps in its pool across opens: they
/// are set once per handle, not on every open. EF opens and closes the connection around each query, so setting them
/// on every open was a command per query (44 on a case page) that changed nothing.
/// </remarks>
internal sealed class SqlitePragmaInterceptor : DbConnectionInterceptor
{
    internal const string Pragmas = "PRAGMA journal_mode = WAL; PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 5000; PRAGMA synchronous = NORMAL; PRAGMA mmap_size = 0; PRAGMA cache_size = -32768;";

    // Weak keys: a handle the pool closes takes its entry with it.
    private static readonly ConditionalWeakTable<sqlite3, object> IsSetUp = [];

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        if (connection is SqliteConnection sqlite)
        {
            SetUp(sqlite);
        }
    }

    /// <summary>Sets the pragmas on an open connection's handle, once (a connection opened outside EF's own opening).</summary>
    internal static void SetUp(SqliteConnection connection)
    {
        if (IsSetUp.TryGetValue(connection.Handle!, out _))
        {
            return;
        }

        using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        command.ExecuteNonQuery();
        IsSetUp.TryAdd(connection.Handle!, Marker);
    }

    // Microsoft.Data.Sqlite runs every command synchronously: the asynchronous open sets up the same way.
    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        ConnectionOpened(connection, eventData);
        return Task.CompletedTask;
    }

    /// <summary>
    /// Forgets that a handle was set up, so the next open sets it up again: its connection ran a PRAGMA of its own
    /// (<see cref="Sqlite.KeptSqliteConnections"/> closes it), and the pool lends the handle on with whatever it set.
    /// </summary>
    internal static void Unsettled(SqliteConnection connection)
    {
        if (connection.Handle is { } handle)
        {
            IsSetUp.Remove(handle);
        }
    }

    private static readonly object Marker = new();

}
