using System.Diagnostics;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;

namespace TraffickingCare.Benchmarks;

/// <summary>
/// Issue 16's "ratio to the physical limit": the SQL commands one request of a page sent, as the app captured them
/// (<c>Diagnostics:SqlCaptureFile</c>, requests marked by their correlation id), replayed alone on the same database
/// with the same connection settings, one after another as the page sent them, every row and column read. Each replay
/// runs in a transaction that is rolled back, so the page's writes (the audit entry of a view) are replayed too and
/// leave nothing; an inserted row gets a new id, since the original is already stored.
/// </summary>
internal sealed partial class SqlReplay(string databasePath, string captureFile) : IDisposable
{
    private SqliteConnection? connection;

    /// <summary>The commands of the request with this correlation id, in the order the page sent them.</summary>
    public List<Captured> Read(string requestId)
    {
        var commands = new List<Captured>();
        foreach (var line in File.ReadLines(captureFile))
        {
            var json = JsonDocument.Parse(line).RootElement;
            if (json.TryGetProperty("pragmas", out var pragmas))
            {
                Open(pragmas.GetString()!);
            }
            else if (json.GetProperty("Request").GetString() == requestId)
            {
                commands.Add(new(json.GetProperty("Sql").GetString()!, [.. json.GetProperty("Parameters").EnumerateArray()
                    .Select(p => (p.GetProperty("Name").GetString()!, p.GetProperty("Value").Clone()))]));
            }
        }

        return commands;
    }

    /// <summary>
    /// Runs the commands <paramref name="times"/> times (after one unmeasured run) and returns each command's
    /// milliseconds in each run: a run's total is the page's SQL time, a command's median says where it goes.
    /// </summary>
    public ReplayTimes Time(IReadOnlyList<Captured> commands, int times)
    {
        var connection = this.connection ?? throw new InvalidOperationException("The capture file names no connection settings: no request was captured.");
        var runs = new List<double[]>();
        for (var run = -1; run < times; run++)
        {
            using var transaction = connection.BeginTransaction();
            var elapsed = new double[commands.Count];
            for (var i = 0; i < commands.Count; i++)
            {
                var stopwatch = Stopwatch.StartNew();
                Execute(connection, transaction, commands[i]);
                elapsed[i] = stopwatch.Elapsed.TotalMilliseconds;
            }

            transaction.Rollback();
            if (run >= 0)
            {
                runs.Add(elapsed);
            }
        }

        return new ReplayTimes(runs);
    }

    public void Dispose() => connection?.Dispose();

    private void Open(string pragmas)
    {
        if (connection is not null)
        {
            return;
        }

        connection = new SqliteConnection($"Data Source={databasePath};Foreign Keys=True;Default Timeout=30");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = pragmas;
        command.ExecuteNonQuery();
    }

    private static void Execute(SqliteConnection connection, SqliteTransaction transaction, Captured captured)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = captured.Sql;
        var newIds = InsertedIds().Matches(captured.Sql).Select(m => m.Groups[1].Value).ToHashSet();
        foreach (var (name, value) in captured.Parameters)
        {
            command.Parameters.Add(Parameter(name, newIds.Contains(name) ? JsonSerializer.SerializeToElement(Guid.NewGuid().ToString().ToUpperInvariant()) : value));
        }

        try
        {
            using var reader = command.ExecuteReader();
            do
            {
                while (reader.Read())
                {
                    for (var column = 0; column < reader.FieldCount; column++)
                    {
                        _ = reader.GetValue(column);
                    }
                }
            }
            while (reader.NextResult());
        }
        catch (SqliteException e)
        {
            throw new InvalidOperationException($"The replay of a captured command failed ({e.Message}): {captured.Sql[..Math.Min(300, captured.Sql.Length)]}", e);
        }
    }

    /// <summary>A value as the capture wrote it: null, a whole number, a real, text, or a marked blob.</summary>
    private static SqliteParameter Parameter(string name, JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Null => new SqliteParameter(name, DBNull.Value),
        JsonValueKind.String => new SqliteParameter(name, SqliteType.Text) { Value = value.GetString() },
        JsonValueKind.Number when value.TryGetInt64(out var whole) => new SqliteParameter(name, SqliteType.Integer) { Value = whole },
        JsonValueKind.Number => new SqliteParameter(name, SqliteType.Real) { Value = value.GetDouble() },
        JsonValueKind.Object when value.TryGetProperty("blob", out var blob) => new SqliteParameter(name, SqliteType.Blob) { Value = blob.GetBytesFromBase64() },
        _ => throw new NotSupportedException($"The capture holds a value the replay cannot bind for {name}: {value}"),
    };

    /// <summary>The parameter that gives an inserted row its id (EF puts the key first): <c>INSERT INTO "T" ("Id", ...) VALUES (@p0, ...</c>.</summary>
    [GeneratedRegex("""INSERT INTO "\w+" \("Id"[^)]*\)\s*VALUES \((@\w+)""")]
    private static partial Regex InsertedIds();

    internal sealed record Captured(string Sql, IReadOnlyList<(string Name, JsonElement Value)> Parameters);

    /// <summary>Each run's milliseconds, command by command, in the order the page sent them.</summary>
    internal sealed record ReplayTimes(IReadOnlyList<double[]> Runs)
    {
        /// <summary>Each run's total: the page's SQL time.</summary>
        public List<double> Totals => [.. Runs.Select(run => run.Sum())];

        /// <summary>Each command's median over the runs.</summary>
        public List<double> CommandMedians => [.. Enumerable.Range(0, Runs.Count == 0 ? 0 : Runs[0].Length).Select(i => Stats.Median([.. Runs.Select(run => run[i])]))];
    }
}
