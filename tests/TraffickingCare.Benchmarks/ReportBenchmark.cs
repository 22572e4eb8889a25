using System.Diagnostics;

namespace TraffickingCare.Benchmarks;

/// <summary>
/// Issue 14's report targets through the app: the figures alone are the internal cells CSV (the computation of every
/// table for the year and the four before it, with no rendering to speak of); the PDF is the same computation plus the
/// document, so the PDF's own cost is the difference of the two medians. The first request of each is timed apart:
/// it compiles the queries and reads the database from disk.
/// </summary>
internal static class ReportBenchmark
{
    public static async Task RunAsync(AppProcess app, HttpClient manager, int year, int requests)
    {
        string[] urls = [$"/Reports/Annual/{year}/cells.csv?internal=true", $"/Reports/Annual/{year}/report.pdf?internal=true", $"/Reports/Annual/{year}?internal=true"];
        var medians = new List<double>();
        Console.WriteLine($"{"URL",-50} {"first",9} {"n",4} {"server median",14} {"server p95",11} {"wall median",12}{(app.TotalCommands == 0 ? "" : "  sql")}");
        foreach (var url in urls)
        {
            var first = await TimeAsync(manager, url);
            await Task.Delay(200);
            app.DiscardServerTimes();
            var server = new List<double>();
            var wall = new List<double>();
            var commands = new List<double>();
            for (var i = 0; i < requests; i++)
            {
                wall.Add(await TimeAsync(manager, url));
                if (app.NextServerTime() is { } logged)
                {
                    server.Add(logged.Milliseconds);
                    commands.Add(logged.Commands);
                }
            }

            medians.Add(Stats.Median(server));
            Console.WriteLine($"{url,-50} {first,6:0} ms {requests,4} {Stats.Median(server),11:0.0} ms {Stats.P95(server),8:0.0} ms {Stats.Median(wall),9:0.0} ms{(app.TotalCommands == 0 ? "" : $"  {Stats.Median(commands),3:0}")}");
        }

        Console.WriteLine($"the PDF alone (PDF median - cells median): {medians[1] - medians[0]:0.0} ms");
    }

    private static async Task<double> TimeAsync(HttpClient client, string url)
    {
        var clock = Stopwatch.StartNew();
        using var response = await client.GetAsync(url);
        await response.Content.ReadAsByteArrayAsync();
        response.EnsureSuccessStatusCode();
        return clock.Elapsed.TotalMilliseconds;
    }
}

internal static class Stats
{
    public static double Median(List<double> values) => Percentile(values, 0.5);

    public static double P95(List<double> values) => Percentile(values, 0.95);

    public static double Percentile(List<double> values, double p)
    {
        if (values.Count == 0)
        {
            return double.NaN;
        }

        var sorted = values.Order().ToList();
        return sorted[(int)Math.Min(sorted.Count - 1, Math.Ceiling(p * sorted.Count) - 1)];
    }
}
