using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace TraffickingCare.Web.Data.Sqlite;

/// <summary>
/// Runs a command EF has built through its kept connection's prepared statement (<see cref="PreparedStatements"/>). A
/// command that runs a PRAGMA may change the connection's settings (a migration turning foreign keys off, a bulk
/// load's journal): its connection is closed when given back instead of lent on as it was set up.
/// </summary>
internal sealed class PreparedStatementInterceptor : DbCommandInterceptor
{
    public override DbCommand CommandInitialized(CommandEndEventData eventData, DbCommand result)
    {
        if (result is not SqliteCommand { Connection: { } connection } fresh || KeptSqliteConnections.StatementsOf(connection) is not { } statements)
        {
            return result;
        }

        if (fresh.CommandText.Contains("PRAGMA", StringComparison.OrdinalIgnoreCase))
        {
            KeptSqliteConnections.Unsettle(connection);
            return result;
        }

        return statements.Reuse(fresh) ?? result;
    }
}
