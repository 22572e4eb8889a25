#pragma warning disable EF1001 // EF's SQLite connection is extended where it creates, closes and disposes its DbConnection.
using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Sqlite.Storage.Internal;
using Microsoft.EntityFrameworkCore.Storage;

namespace TraffickingCare.Web.Data.Sqlite;

/// <summary>
/// EF's SQLite connection, on a connection kept open between contexts (<see cref="KeptSqliteConnections"/>): a context
/// takes an open one instead of creating, opening and closing its own, and gives it back when disposed.
/// </summary>
internal sealed class KeptSqliteRelationalConnection(
    RelationalConnectionDependencies dependencies,
    IRawSqlCommandBuilder rawSqlCommandBuilder,
    IDiagnosticsLogger<DbLoggerCategory.Infrastructure> logger)
    : SqliteRelationalConnection(dependencies, rawSqlCommandBuilder, logger)
{
    private string? key;

    protected override DbConnection CreateDbConnection()
    {
        key = ConnectionString!;
        if (KeptSqliteConnections.Take(key) is { } kept)
        {
            return kept;
        }

        // Created by EF (its SQL functions registered), then opened here and kept: EF leaves a connection it did not
        // open open. One that cannot be opened or set up is handed over closed, for EF to open and report as it always does.
        var connection = (SqliteConnection)base.CreateDbConnection();
        try
        {
            connection.Open();
            SqlitePragmaInterceptor.SetUp(connection);
            KeptSqliteConnections.Keep(key, connection);
        }
        catch (Exception)
        {
            connection.Close();
        }

        return connection;
    }

    protected override void CloseDbConnection()
    {
        if (!IsKept)
        {
            base.CloseDbConnection();
        }
    }

    protected override Task CloseDbConnectionAsync() => IsKept ? Task.CompletedTask : base.CloseDbConnectionAsync();

    protected override void DisposeDbConnection()
    {
        if (IsKept)
        {
            KeptSqliteConnections.GiveBack(key!, (SqliteConnection)DbConnection);
        }
        else
        {
            base.DisposeDbConnection();
        }
    }

    protected override ValueTask DisposeDbConnectionAsync()
    {
        if (IsKept)
        {
            KeptSqliteConnections.GiveBack(key!, (SqliteConnection)DbConnection);
            return ValueTask.CompletedTask;
        }

        return base.DisposeDbConnectionAsync();
    }

    private bool IsKept => key is not null && DbConnection is SqliteConnection connection && KeptSqliteConnections.IsKept(connection);
}
