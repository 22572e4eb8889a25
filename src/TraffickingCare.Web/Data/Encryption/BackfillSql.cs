using System.Data.Common;
using Microsoft.EntityFrameworkCore.Storage;

namespace TraffickingCare.Web.Data.Encryption;

/// <summary>
/// The two statements of <see cref="EncryptedColumnBackfill"/> for one table, for SQLite and SQL
/// Server: the next batch of rows holding plaintext in any encrypted column, in key order after the
/// last batch (a single pass over the table, whatever its size), and the update of one row.
/// </summary>
internal sealed class BackfillSql
{
    private readonly EncryptedTable table;
    private readonly string select;
    private readonly string selectAfter;
    private readonly string update;

    public BackfillSql(EncryptedTable table, ISqlGenerationHelper sql, bool isSqlServer, string payloadPrefix, int batchSize)
    {
        this.table = table;
        var name = sql.DelimitIdentifier(table.Name, table.Schema);
        var keys = table.Key.Select(k => sql.DelimitIdentifier(k)).ToList();
        var columns = table.Columns.Select(c => sql.DelimitIdentifier(c)).ToList();

        // Compared byte for byte: SQL Server's default collation ignores case, SQLite's does not.
        var binary = isSqlServer ? " COLLATE Latin1_General_BIN2" : string.Empty;
        var plaintext = string.Join(" OR ", columns.Select(c => $"({c} IS NOT NULL AND SUBSTRING({c}, 1, {payloadPrefix.Length}){binary} <> '{payloadPrefix}')"));
        var top = isSqlServer ? $"TOP ({batchSize}) " : string.Empty;
        var limit = isSqlServer ? string.Empty : $" LIMIT {batchSize}";
        var head = $"SELECT {top}{string.Join(", ", keys.Concat(columns))} FROM {name} WHERE ({plaintext})";
        var order = $" ORDER BY {string.Join(", ", keys)}{limit}";
        select = head + order;
        selectAfter = head + $" AND ({After(keys)})" + order;
        update = $"UPDATE {name} SET {string.Join(", ", columns.Select((c, i) => $"{c} = @v{i}"))} WHERE {string.Join(" AND ", keys.Select((k, i) => $"{k} = @k{i}"))}";
    }

    public DbCommand Select(DbConnection connection, DbTransaction transaction, object?[]? after)
    {
        var command = Command(connection, transaction, after is null ? select : selectAfter);
        for (var i = 0; after is not null && i < after.Length; i++)
        {
            Add(command, $"@a{i}", after[i]);
        }

        return command;
    }

    public DbCommand Update(DbConnection connection, DbTransaction transaction, object?[] key, string?[] values)
    {
        var command = Command(connection, transaction, update);
        for (var i = 0; i < values.Length; i++)
        {
            Add(command, $"@v{i}", values[i]);
        }

        for (var i = 0; i < table.Key.Count; i++)
        {
            Add(command, $"@k{i}", key[i]);
        }

        return command;
    }

    // Keyset order over a key of one or more columns: (k0 > a0) OR (k0 = a0 AND k1 > a1) OR ...
    private static string After(IReadOnlyList<string> keys) =>
        string.Join(" OR ", keys.Select((k, i) =>
            "(" + string.Join(" AND ", keys.Take(i).Select((e, j) => $"{e} = @a{j}").Append($"{k} > @a{i}")) + ")"));

    private static DbCommand Command(DbConnection connection, DbTransaction transaction, string text)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = text;
        return command;
    }

    private static void Add(DbCommand command, string name, object? value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value ?? DBNull.Value;
        command.Parameters.Add(parameter);
    }
}
