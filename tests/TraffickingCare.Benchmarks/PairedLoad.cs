using System.Globalization;

namespace TraffickingCare.Benchmarks;

/// <summary>
/// Two builds of the app under the same load, in short turns: both started on the same database, then the load of
/// <see cref="LoadBenchmark"/> sent to one for a slice, to the other for the next, the order swapped each round. A
/// shared machine's speed drifts by a third within minutes, more than most changes move a view: measured minutes
/// apart, two builds could not be told apart. Turns of a few seconds meet the same drift, so each round's pair can be
/// compared, and the processor time a request (the app's own, all its threads) is the figure that says which build
/// does less work. Only one build is loaded at a time; the other waits idle.
/// </summary>
internal static class PairedLoad
{
    public static async Task<bool> RunAsync(PairedApp first, PairedApp second, int rounds)
    {
        var apps = new[] { first, second };
        var sliceSeconds = first.Run.Seconds;
        var scripts = apps.ToDictionary(a => a, _ => Path.GetTempFileName());
        try
        {
            foreach (var app in apps)
            {
                await File.WriteAllTextAsync(scripts[app], WrkScript.Of(app.Run.Pages, app.Run.Cookie, [], 0));
            }

            return await RunAsync(first, second, rounds, sliceSeconds, scripts);
        }
        finally
        {
            foreach (var script in scripts.Values)
            {
                File.Delete(script);
            }
        }
    }

    private static async Task<bool> RunAsync(PairedApp first, PairedApp second, int rounds, int sliceSeconds, Dictionary<PairedApp, string> scripts)
    {
        var apps = new[] { first, second };
        foreach (var app in apps)
        {
            // Three slices, longer than a single run's warm-up at 10 s slices: over the first minute the rate still
            // climbed by half (the tiered compiler's later tiers, the cases' pages reaching the system's file cache).
            await LoadBenchmark.WrkAsync(app.Run, scripts[app], 3 * sliceSeconds);
        }

        var slices = apps.ToDictionary(a => a, _ => new List<Slice>());
        for (var round = 0; round < rounds; round++)
        {
            foreach (var app in round % 2 == 0 ? apps : apps.Reverse())
            {
                await Task.Delay(1000);
                app.Process.DiscardServerTimes();
                var cpu = app.Process.ProcessorTime;
                var output = await LoadBenchmark.WrkAsync(app.Run, scripts[app], sliceSeconds);
                cpu = app.Process.ProcessorTime - cpu;
                await Task.Delay(500);
                var served = app.Process.DrainServerTimes();
                slices[app].Add(new Slice(LoadBenchmark.Rate(output), cpu.TotalMilliseconds / Math.Max(1, served.Count), served.Count(t => t.Status is not (200 or 499))));
            }
        }

        Console.WriteLine($"paired load: {first.Run.Connections} connections, {rounds} rounds of {sliceSeconds} s a build, {first.Run.Pages.Count} page(s) like {Ids.Masked(first.Run.Pages[0])}");
        Console.WriteLine($"{"round",6} {first.Name + " req/s",22} {second.Name + " req/s",22} {first.Name + " ms CPU/req",26} {second.Name + " ms CPU/req",26}");
        for (var round = 0; round < rounds; round++)
        {
            var (a, b) = (slices[first][round], slices[second][round]);
            Console.WriteLine($"{round + 1,6} {a.Rate,22:0.0} {b.Rate,22:0.0} {a.CpuPerRequest,26:0.00} {b.CpuPerRequest,26:0.00}");
        }

        double Median(PairedApp app, Func<Slice, double> figure) => Stats.Median([.. slices[app].Select(figure)]);
        double PairedRatio(Func<Slice, double> figure) =>
            Stats.Median([.. Enumerable.Range(0, rounds).Select(r => figure(slices[second][r]) / figure(slices[first][r]))]);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"median: {first.Name} {Median(first, s => s.Rate):0.0} req/s, {Median(first, s => s.CpuPerRequest):0.00} ms CPU a request; {second.Name} {Median(second, s => s.Rate):0.0} req/s, {Median(second, s => s.CpuPerRequest):0.00} ms CPU a request"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{second.Name} against {first.Name}, the median of the rounds' ratios: requests a second ×{PairedRatio(s => s.Rate):0.000}, processor time a request ×{PairedRatio(s => s.CpuPerRequest):0.000}"));

        var failed = apps.Sum(a => slices[a].Sum(s => s.Failed));
        Console.WriteLine(failed == 0 ? "  passed" : $"  FAILED: {failed} answers other than a page or a cut-off request");
        return failed == 0;
    }

    private sealed record Slice(double Rate, double CpuPerRequest, int Failed);
}

/// <summary>One of the two builds of a paired run: its process and its load (reads only, with its own sign-in's cookie).</summary>
internal sealed record PairedApp(string Name, AppProcess Process, LoadRun Run);
