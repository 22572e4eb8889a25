using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;

namespace TraffickingCare.Benchmarks;

/// <summary>
/// Issue 16's load run: wrk (Debian's package) on loopback, many connections for a while on one page as one signed-in
/// user. Prints wrk's figures (requests a second, the client's p50 and p99, errors), the server's own times for the
/// same requests from its request log (the gap between the two is time spent queueing before the app's clock starts),
/// the case views the audit trail gained, the app's error lines and its memory before and after.
/// </summary>
internal static partial class LoadBenchmark
{
    public static async Task RunAsync(AppProcess app, Uri page, string cookie, string database, int connections, int seconds)
    {
        // A short run first, at the same concurrency: compiled queries, SQLite's page cache, the thread pool grown.
        await WrkAsync(page, cookie, connections, 5);
        await Task.Delay(2000);
        app.DiscardServerTimes();
        var views = await ViewsAsync(database);
        var errorLines = app.ErrorLines;
        var memory = app.WorkingSetBytes;

        var output = await WrkAsync(page, cookie, connections, seconds);

        // The last requests' log lines, and the audit rows of requests wrk gave up on, arrive after wrk ends.
        await Task.Delay(3000);
        var server = app.DrainServerTimes();
        var viewed = await ViewsAsync(database) - views;
        var memoryAfter = app.WorkingSetBytes;
        await Task.Delay(10_000);
        var memoryLater = app.WorkingSetBytes;

        Console.WriteLine(output.Trim());
        Console.WriteLine();
        var completed = Number(RequestsPattern(), output);
        var statuses = server.GroupBy(t => t.Status).OrderBy(g => g.Key).Select(g => $"{g.Key} × {g.Count()}");
        Console.WriteLine($"load: {connections} connections, {seconds} s on {Regex.Replace(page.AbsolutePath, "[0-9a-fA-F-]{36}", "{id}")}");
        Console.WriteLine($"  client (wrk): {Number(RatePattern(), output):0.0} requests/s, p50 {Latency(output, "50%"):0.0} ms, p99 {Latency(output, "99%"):0.0} ms, {completed:0} completed, non-2xx/3xx {Number(Non2xxPattern(), output):0}, socket errors {SocketErrors(output)}");
        Console.WriteLine($"  server (request log): {server.Count} requests ({string.Join(", ", statuses)}), p50 {Stats.Median([.. server.Select(t => t.Milliseconds)]):0.0} ms, p99 {Stats.Percentile([.. server.Select(t => t.Milliseconds)], 0.99):0.0} ms");
        Console.WriteLine($"  audit trail: {viewed} case views recorded ({viewed / (double)seconds:0.0} a second); error lines in the app's log: {app.ErrorLines - errorLines}");
        Console.WriteLine($"  memory (working set): {memory / 1048576.0:0} MiB before, {memoryAfter / 1048576.0:0} MiB after, {memoryLater / 1048576.0:0} MiB 10 s later");
    }

    private static async Task<string> WrkAsync(Uri page, string cookie, int connections, int seconds)
    {
        var start = new ProcessStartInfo("wrk", ["-t2", $"-c{connections}", $"-d{seconds}s", "--latency", "--timeout", "30s", "-H", $"Cookie: {cookie}", page.ToString()])
        {
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        using var wrk = Process.Start(start) ?? throw new InvalidOperationException("wrk did not start: apt-get install wrk.");
        var output = await wrk.StandardOutput.ReadToEndAsync();
        await wrk.WaitForExitAsync();
        return wrk.ExitCode == 0 ? output : throw new InvalidOperationException($"wrk failed ({wrk.ExitCode}): {output}");
    }

    private static async Task<long> ViewsAsync(string database)
    {
        await using var connection = new SqliteConnection($"Data Source={database};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM AuditEntries WHERE Action = 'Viewed'";
        return (long)(await command.ExecuteScalarAsync())!;
    }

    private static double Number(Regex pattern, string output) =>
        pattern.Match(output) is { Success: true } match ? double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) : 0;

    /// <summary>wrk prints latencies with their own unit (us, ms, s); in milliseconds here.</summary>
    private static double Latency(string output, string percentile)
    {
        var match = Regex.Match(output, $@"^\s*{Regex.Escape(percentile)}\s+([0-9.]+)(us|ms|s)\s*$", RegexOptions.Multiline);
        if (!match.Success)
        {
            return double.NaN;
        }

        var value = double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        return match.Groups[2].Value switch { "us" => value / 1000, "s" => value * 1000, _ => value };
    }

    private static string SocketErrors(string output) =>
        SocketErrorsPattern().Match(output) is { Success: true } match ? match.Groups[1].Value : "none";

    [GeneratedRegex(@"Requests/sec:\s+([0-9.]+)")]
    private static partial Regex RatePattern();

    [GeneratedRegex(@"(\d+) requests in")]
    private static partial Regex RequestsPattern();

    [GeneratedRegex(@"Non-2xx or 3xx responses: (\d+)")]
    private static partial Regex Non2xxPattern();

    [GeneratedRegex(@"Socket errors: (.+)")]
    private static partial Regex SocketErrorsPattern();
}
