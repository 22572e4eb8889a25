using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace TraffickingCare.Web.Data.Sqlite;

/// <summary>Runs a command EF has built through its kept connection's prepared statement (<see cref="PreparedStatements"/>).</summary>
internal sealed class PreparedStatementInterceptor : DbCommandInterceptor
{
    public override DbCommand CommandInitialized(CommandEndEventData eventData, DbCommand result) =>
        result is SqliteCommand { Connection: { } connection } fresh
            && KeptSqliteConnections.StatementsOf(connection) is { } statements
            && statements.Reuse(fresh) is { } reused
            ? reused
            : result;
}
