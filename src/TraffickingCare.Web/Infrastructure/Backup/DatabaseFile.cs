using Microsoft.Data.Sqlite;

namespace TraffickingCare.Web.Infrastructure.Backup;

/// <summary>A SQLite file checked on its own: its integrity, and the rows of each table.</summary>
internal static class DatabaseFile
{
    public static async Task<IReadOnlyDictionary<string, long>> CheckAsync(string path, CancellationToken ct)
    {
        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        await connection.OpenAsync(ct);
        var integrity = await ScalarAsync(connection, "PRAGMA integrity_check", ct);
        if (integrity as string != "ok")
        {
            throw new BackupException($"{path} fails SQLite's integrity check: {integrity}");
        }

        var tables = new List<string>();
        await using (var list = connection.CreateCommand())
        {
            list.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite%' ORDER BY name";
            await using var reader = await list.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                tables.Add(reader.GetString(0));
            }
        }

        var rows = new SortedDictionary<string, long>(StringComparer.Ordinal);
        foreach (var table in tables)
        {
            // A table name read from the file's own catalogue, quoted: nothing from outside reaches this SQL.
            rows[table] = Convert.ToInt64(await ScalarAsync(connection, $"SELECT COUNT(*) FROM \"{table.Replace("\"", "\"\"", StringComparison.Ordinal)}\"", ct), System.Globalization.CultureInfo.InvariantCulture);
        }

        return rows;
    }

    private static async Task<object?> ScalarAsync(SqliteConnection connection, string sql, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync(ct);
    }
}
