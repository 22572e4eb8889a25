using System.Data.Common;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;
using TraffickingCare.Web.Data;

namespace TraffickingCare.Web.Infrastructure.Diagnostics;

/// <summary>
/// Development only (<see cref="SqlCaptureOptions"/>): writes every SQL command of a request whose correlation id
/// starts with <see cref="SqlCaptureOptions.RequestPrefix"/> to a file, one JSON line each, with its parameters as
/// SQLite stores them. The benchmark sends such a request for each page it times, then replays the page's commands
/// alone on the same database to tell the page's time from its SQL's (docs/performance.md). Other requests pay one
/// string comparison.
/// </summary>
/// <remarks>
/// Parameter values are whatever the page sent, so the file can hold what the database holds: hence Development only,
/// and <see cref="Startup.ProductionGuard"/> refuses the setting elsewhere.
/// </remarks>
internal sealed class SqlCaptureInterceptor(IHttpContextAccessor http, SqlCaptureOptions options) : DbCommandInterceptor, IDisposable
{
    private readonly Lock writing = new();
    private StreamWriter? file;

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        Capture(command);
        return result;
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Capture(command);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
    {
        Capture(command);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Capture(command);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result)
    {
        Capture(command);
        return result;
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        Capture(command);
        return ValueTask.FromResult(result);
    }

    /// <summary>The container disposes it with the app: the file is closed.</summary>
    public void Dispose()
    {
        lock (writing)
        {
            file?.Dispose();
            file = null;
        }
    }

    private void Capture(DbCommand command)
    {
        var request = http.HttpContext?.TraceIdentifier;
        if (request is null || !request.StartsWith(SqlCaptureOptions.RequestPrefix, StringComparison.Ordinal))
        {
            return;
        }

        var line = JsonSerializer.Serialize(new CapturedCommand(
            request,
            command.CommandText,
            [.. command.Parameters.Cast<DbParameter>().Select(p => new CapturedParameter(p.ParameterName, Stored(p)))]));
        lock (writing)
        {
            if (file is null)
            {
                file = new StreamWriter(options.File!, append: true) { AutoFlush = true };

                // The settings every connection of the app has (SqlitePragmaInterceptor): the replay opens its own.
                file.WriteLine(JsonSerializer.Serialize(new { pragmas = SqlitePragmaInterceptor.Pragmas }));
            }

            file.WriteLine(line);
        }
    }

    /// <summary>The value as SQLite gets it: null, a whole number, a real, text, or a blob (base64, marked).</summary>
    private static JsonElement Stored(DbParameter parameter)
    {
        var value = parameter.Value;
        object? stored = value switch
        {
            null or DBNull => null,
            byte[] blob => new { blob = Convert.ToBase64String(blob) },
            _ => Converted(value, (parameter as SqliteParameter)?.SqliteType ?? SqliteType.Text),
        };
        return JsonSerializer.SerializeToElement(stored);
    }

    private static object? Converted(object value, SqliteType type)
    {
        try
        {
            return SqliteRowInserter.Stored(value, type) switch
            {
                byte[] text => System.Text.Encoding.UTF8.GetString(text),
                var other => other,
            };
        }
        catch (NotSupportedException)
        {
            // The replay says so rather than binding a guess; the page itself is not disturbed.
            return new { unsupported = value.GetType().Name };
        }
    }

    private sealed record CapturedCommand(string Request, string Sql, IReadOnlyList<CapturedParameter> Parameters);

    private sealed record CapturedParameter(string Name, JsonElement Value);
}
