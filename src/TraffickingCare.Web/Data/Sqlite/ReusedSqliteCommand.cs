using System.Data;
using System.Data.Common;
using System.Diagnostics.CodeAnalysis;
using Microsoft.Data.Sqlite;

namespace TraffickingCare.Web.Data.Sqlite;

/// <summary>
/// A prepared command lent to EF for one execution (<see cref="PreparedStatements.Reuse"/>): EF disposes it when its
/// reader is done, which gives the prepared command back instead of finalizing its statement.
/// </summary>
internal sealed class ReusedSqliteCommand(SqliteCommand prepared, Action release) : DbCommand
{
    private bool released;

    [AllowNull]
    public override string CommandText
    {
        get => prepared.CommandText;
        set
        {
            if (!string.Equals(value, prepared.CommandText, StringComparison.Ordinal))
            {
                throw new InvalidOperationException("A prepared command's SQL does not change.");
            }
        }
    }

    public override int CommandTimeout { get => prepared.CommandTimeout; set => prepared.CommandTimeout = value; }

    public override CommandType CommandType { get => prepared.CommandType; set => prepared.CommandType = value; }

    public override bool DesignTimeVisible { get => prepared.DesignTimeVisible; set => prepared.DesignTimeVisible = value; }

    public override UpdateRowSource UpdatedRowSource { get => prepared.UpdatedRowSource; set => prepared.UpdatedRowSource = value; }

    protected override DbConnection? DbConnection
    {
        get => prepared.Connection;
        set
        {
            if (!ReferenceEquals(value, prepared.Connection))
            {
                throw new InvalidOperationException("A prepared command stays on its connection.");
            }
        }
    }

    protected override DbParameterCollection DbParameterCollection => prepared.Parameters;

    protected override DbTransaction? DbTransaction { get => prepared.Transaction; set => prepared.Transaction = (SqliteTransaction?)value; }

    public override void Cancel() => prepared.Cancel();

    public override void Prepare() => prepared.Prepare();

    protected override DbParameter CreateDbParameter() => prepared.CreateParameter();

    protected override DbDataReader ExecuteDbDataReader(CommandBehavior behavior) => prepared.ExecuteReader(behavior);

    protected override async Task<DbDataReader> ExecuteDbDataReaderAsync(CommandBehavior behavior, CancellationToken cancellationToken) =>
        await prepared.ExecuteReaderAsync(behavior, cancellationToken);

    public override int ExecuteNonQuery() => prepared.ExecuteNonQuery();

    public override object? ExecuteScalar() => prepared.ExecuteScalar();

    protected override void Dispose(bool disposing)
    {
        if (disposing && !released)
        {
            released = true;
            release();
        }

        base.Dispose(disposing);
    }
}
