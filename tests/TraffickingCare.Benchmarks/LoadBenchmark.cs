using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace TraffickingCare.Benchmarks;

/// <summary>
/// Issue 16's load run: wrk (Debian's package) on loopback, many connections for a while as one signed-in user, on one
/// page or on the case pages of many cases, with a share of writes if asked (a case note or a service on one of those
/// cases). Prints wrk's figures (requests a second, the client's p50 and p99, errors), the server's own times for the
/// same requests from its request log (the gap between the two is time spent queueing before the app's clock starts),
/// the case views the audit trail gained, the writes the app confirmed against the rows the database gained, the
/// app's error lines and its memory before and after. The run fails (false) if the app answered a request with a
/// server error, logged an error or a locked database, a confirmed write is missing, or a view went unaudited.
/// </summary>
internal static partial class LoadBenchmark
{
    public static async Task<bool> RunAsync(AppProcess app, LoadRun run, string database)
    {
        var script = Path.Combine(Path.GetTempPath(), $"traffickingcare-load-{Environment.ProcessId}.lua");
        await File.WriteAllTextAsync(script, WrkScript.Of(run.Pages, run.Cookie, run.Writes, run.WritePercent));
        try
        {
            // A short run first, at the same concurrency: compiled queries, SQLite's page cache, the thread pool grown.
            await WrkAsync(run, script, 5);
            await Task.Delay(2000);
            app.DiscardServerTimes();
            var views = await ViewsAsync(database);
            var rows = run.Writes.Count > 0 ? await LoadWrites.RowsAsync(database) : 0;
            var errorLines = app.ErrorLines;
            var lockedLines = app.LockedLines;
            var memory = app.WorkingSetBytes;
            var cpu = app.ProcessorTime;

            var output = await WrkAsync(run, script, run.Seconds);
            cpu = app.ProcessorTime - cpu;

            // The last requests' log lines, and the audit rows of requests wrk gave up on, arrive after wrk ends.
            await Task.Delay(3000);
            var server = app.DrainServerTimes();
            var viewed = await ViewsAsync(database) - views;
            var written = run.Writes.Count > 0 ? await LoadWrites.RowsAsync(database) - rows : 0;
            var memoryAfter = app.WorkingSetBytes;
            await Task.Delay(10_000);
            var memoryLater = app.WorkingSetBytes;

            Console.WriteLine(output.Trim());
            Console.WriteLine();
            var gets = server.Where(t => t.Method == "GET").ToList();
            var posts = server.Where(t => t.Method == "POST").ToList();
            Console.WriteLine($"load: {run.Connections} connections, {run.Seconds} s, {run.Pages.Count} page(s) like {Ids.Masked(run.Pages[0])}, {run.WritePercent} % writes");
            Console.WriteLine($"  client (wrk): {Number(RatePattern(), output):0.0} requests/s, p50 {Latency(output, "50%"):0.0} ms, p99 {Latency(output, "99%"):0.0} ms, {Number(RequestsPattern(), output):0} completed, non-2xx/3xx {Number(Non2xxPattern(), output):0}, socket errors {SocketErrors(output)}");
            Console.WriteLine($"  server (request log): {Times(gets, "reads")}");
            var failures = new List<string>();
            if (posts.Count > 0 || run.Writes.Count > 0)
            {
                Console.WriteLine($"  server (request log): {Times(posts, "writes")}");
                var confirmed = posts.Count(t => t.Status == 302);
                var abandoned = posts.Count(t => t.Status is 400 or 499);
                Console.WriteLine($"  writes: {confirmed} confirmed (302), {posts.Count(t => t.Status == 200)} refused (the form again), {abandoned} cut off by wrk at its end (400: its body cut short; 499: its answer); the database gained {written} notes and services");
                if (written < confirmed)
                {
                    failures.Add($"{confirmed - written} confirmed writes are missing");
                }

                if (written > confirmed + abandoned)
                {
                    failures.Add($"{written - confirmed - abandoned} rows more than the writes confirmed or abandoned");
                }
            }

            var read = gets.Count(t => t.Status == 200);
            Console.WriteLine($"  audit trail: {viewed} case views recorded ({viewed / (double)run.Seconds:0.0} a second) for {read} pages read; error lines in the app's log: {app.ErrorLines - errorLines}, \"database is locked\": {app.LockedLines - lockedLines}");
            // The processor time a request: it moves with a shared machine's speed as requests a second do, but it
            // says whether the app was held back by something other than its processors (cores busy well under 2).
            Console.WriteLine($"  processor time (the app's, all threads): {cpu.TotalMilliseconds / Math.Max(1, server.Count):0.00} ms a request, {cpu.TotalSeconds / run.Seconds:0.00} cores busy on average");
            Console.WriteLine($"  memory (working set): {memory / 1048576.0:0} MiB before, {memoryAfter / 1048576.0:0} MiB after, {memoryLater / 1048576.0:0} MiB 10 s later");
            if (run.Pages.All(p => p.StartsWith("/Cases/Details/", StringComparison.Ordinal)) && viewed < read)
            {
                failures.Add($"{read - viewed} case views not in the audit trail");
            }

            // wrk cuts off what is in flight when its time is up: at most one request a connection.
            if (server.Count(t => t.Status is 400 or 499) > run.Connections)
            {
                failures.Add($"{server.Count(t => t.Status is 400 or 499)} requests cut off or refused as malformed, more than wrk's {run.Connections} connections had in flight at its end");
            }

            if (gets.Any(t => t.Status is not (200 or 499)) || posts.Any(t => t.Status is not (302 or 400 or 499)))
            {
                failures.Add("answers other than a page, a confirmed write or a cut-off request");
            }

            if (server.Any(t => t.Status >= 500))
            {
                failures.Add($"{server.Count(t => t.Status >= 500)} server errors");
            }

            if (app.ErrorLines > errorLines || app.LockedLines > lockedLines)
            {
                failures.Add("errors in the app's log");
            }

            Console.WriteLine(failures.Count == 0 ? "  passed" : $"  FAILED: {string.Join("; ", failures)}");
            return failures.Count == 0;
        }
        finally
        {
            File.Delete(script);
        }
    }

    private static string Times(List<ServerTime> times, string what) =>
        $"{times.Count} {what} ({string.Join(", ", times.GroupBy(t => t.Status).OrderBy(g => g.Key).Select(g => $"{g.Key} × {g.Count()}"))}), p50 {Stats.Median([.. times.Select(t => t.Milliseconds)]):0.0} ms, p99 {Stats.Percentile([.. times.Select(t => t.Milliseconds)], 0.99):0.0} ms";

    internal static async Task<string> WrkAsync(LoadRun run, string script, int seconds)
    {
        var url = new Uri(run.Site, run.Pages[0]).ToString();
        var start = new ProcessStartInfo("wrk", [$"-t{Math.Min(2, run.Connections)}", $"-c{run.Connections}", $"-d{seconds}s", "--latency", "--timeout", "30s", "-s", script, url])
        {
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        using var wrk = Process.Start(start) ?? throw new InvalidOperationException("wrk did not start: apt-get install wrk.");
        var output = await wrk.StandardOutput.ReadToEndAsync();
        await wrk.WaitForExitAsync();
        return wrk.ExitCode == 0 ? output : throw new InvalidOperationException($"wrk failed ({wrk.ExitCode}): {output}");
    }

    /// <summary>wrk's requests a second.</summary>
    internal static double Rate(string output) => Number(RatePattern(), output);

    private static async Task<long> ViewsAsync(string database) =>
        long.Parse(await LoadWrites.ScalarAsync(database, "SELECT count(*) FROM AuditEntries WHERE Action = 'Viewed'"), CultureInfo.InvariantCulture);

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

/// <summary>
/// What a load run sends: GETs of <paramref name="Pages"/> (paths on <paramref name="Site"/>) with the session's
/// cookies, and <paramref name="WritePercent"/> % of the requests one of <paramref name="Writes"/> instead.
/// </summary>
internal sealed record LoadRun(Uri Site, IReadOnlyList<string> Pages, string Cookie, IReadOnlyList<LoadWrite> Writes, int WritePercent, int Connections, int Seconds);
