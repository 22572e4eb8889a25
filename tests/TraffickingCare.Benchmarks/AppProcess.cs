using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace TraffickingCare.Benchmarks;

/// <summary>
/// The built app, started as a child process on loopback only, in Development (so the demo accounts
/// exist), against the given database. It is stopped, by its own process id, when disposed.
/// </summary>
internal sealed partial class AppProcess : IDisposable
{
    private readonly Process process;
    private readonly BlockingCollection<ServerTime> serverTimes = [];
    private StreamWriter? log;
    private int commands;
    private int totalCommands;
    private int errorLines;
    private int lockedLines;

    private AppProcess(Process process) => this.process = process;

    /// <param name="sqlLog">If given, EF's command log is switched on and the app's output is written to this file.</param>
    /// <param name="environment">More settings for the app (e.g. <c>Seed__DemoData=false</c> for an empty start).</param>
    public static AppProcess Start(string webProjectFolder, string appDll, string databasePath, string keysFolder, int port, string? sqlLog = null, IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo("dotnet", [appDll, "--urls", $"http://127.0.0.1:{port}"])
        {
            WorkingDirectory = webProjectFolder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        start.Environment["ConnectionStrings__Sqlite"] = $"Data Source={databasePath}";
        start.Environment["DataProtection__KeyRingPath"] = keysFolder;

        // The seed command already ran; the app must not add the small demo set on top of a measured database.
        start.Environment["Seed__DemoReferrals"] = "0";
        start.Environment["Serilog__MinimumLevel__Override__Serilog.AspNetCore.RequestLoggingMiddleware"] = "Information";
        if (sqlLog is not null)
        {
            start.Environment["Serilog__MinimumLevel__Override__Microsoft.EntityFrameworkCore.Database.Command"] = "Information";
        }

        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        var app = new AppProcess(Process.Start(start) ?? throw new InvalidOperationException("The app did not start."));
        if (sqlLog is not null)
        {
            app.log = new StreamWriter(sqlLog) { AutoFlush = true };
        }

        app.process.OutputDataReceived += (_, e) => app.Read(e.Data);
        app.process.ErrorDataReceived += (_, _) => { };
        app.process.BeginOutputReadLine();
        app.process.BeginErrorReadLine();
        return app;
    }

    /// <summary>
    /// The server's own time for the next logged request ("responded ... in X ms"), or null if none came, with the number
    /// of SQL commands logged since the previous request (0 unless the command log is on; requests run one at a time).
    /// </summary>
    public ServerTime? NextServerTime()
    {
        // Only GETs: the sign-ins of the clients are logged too.
        while (serverTimes.TryTake(out var time, TimeSpan.FromSeconds(5)))
        {
            if (time.Method == "GET")
            {
                return time;
            }
        }

        return null;
    }

    /// <summary>Every SQL command logged since the start, requests' and background work's alike (0 unless the command log is on).</summary>
    public int TotalCommands => Volatile.Read(ref totalCommands);

    /// <summary>The lines the app logged at Error or Fatal since it started.</summary>
    public int ErrorLines => Volatile.Read(ref errorLines);

    /// <summary>The lines the app logged that name SQLite's "database is locked" (a writer that gave up waiting).</summary>
    public int LockedLines => Volatile.Read(ref lockedLines);

    /// <summary>The processor time the app has used so far, on all its threads (user and system).</summary>
    public TimeSpan ProcessorTime
    {
        get
        {
            process.Refresh();
            return process.TotalProcessorTime;
        }
    }

    /// <summary>The app's working set now.</summary>
    public long WorkingSetBytes
    {
        get
        {
            process.Refresh();
            return process.WorkingSet64;
        }
    }

    /// <summary>Every request logged since the last discard or drain (under load, thousands).</summary>
    public List<ServerTime> DrainServerTimes()
    {
        var times = new List<ServerTime>();
        while (serverTimes.TryTake(out var time))
        {
            times.Add(time);
        }

        return times;
    }

    public void DiscardServerTimes()
    {
        while (serverTimes.TryTake(out _))
        {
        }
    }

    public void Dispose()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit(10_000);
        }

        process.Dispose();
        serverTimes.Dispose();
        lock (serverTimes)
        {
            log?.Dispose();
            log = null;
        }
    }

    private void Read(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (serverTimes)
        {
            log?.WriteLine(line);
        }

        if (line.Contains(" ERR] ", StringComparison.Ordinal) || line.Contains(" FTL] ", StringComparison.Ordinal))
        {
            Interlocked.Increment(ref errorLines);
        }

        if (line.Contains("database is locked", StringComparison.OrdinalIgnoreCase))
        {
            Interlocked.Increment(ref lockedLines);
        }

        if (line.Contains("Executed DbCommand", StringComparison.Ordinal))
        {
            commands++;
            Interlocked.Increment(ref totalCommands);
            return;
        }

        var match = Responded().Match(line);
        if (match.Success)
        {
            serverTimes.Add(new(double.Parse(match.Groups[3].Value, CultureInfo.InvariantCulture), commands, int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture), match.Groups[1].Value));
            commands = 0;
        }
    }

    // Any path: "/" and "/Decisions" were missed once, and printed NaN. (The logged path has no query string.)
    [GeneratedRegex(@"HTTP (GET|POST) /\S* responded (\d+) in ([0-9.]+) ms")]
    private static partial Regex Responded();
}

/// <summary>One request as the app logged it: its time, the SQL commands it sent, its status and its method.</summary>
internal readonly record struct ServerTime(double Milliseconds, int Commands, int Status, string Method);
