using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using Microsoft.Data.Sqlite;
using TraffickingCare.IntegrationTests.Infrastructure;
using Xunit.Abstractions;

namespace TraffickingCare.IntegrationTests.Data;

/// <summary>
/// The crash harness: the built app as a process of its own on a real port, fifty writers logging referrals over HTTP
/// as fast as it answers, and the process killed with SIGKILL at a random moment twenty times (restarted after each).
/// Every referral the app acknowledged (its page's address sent back) must then be in the database with its audit row,
/// the file must pass SQLite's integrity check, the audit chain (sealed every second while the kills went on) must
/// verify, and no writer may have seen a server error ("database is locked" among them). The figures are printed.
/// </summary>
[Collection(Alone)]
public sealed class CrashSafetyTests(ITestOutputHelper output) : IDisposable
{
    /// <summary>
    /// Its own collection, run after the parallel ones: twenty restarts of a process beside the whole suite on two cores
    /// took longer than the bound; alone they take about two minutes.
    /// </summary>
    public const string Alone = "Crash harness, alone";

    private Process? app;

    private const int Kills = 20;
    private const int Writers = 50;
    private static readonly TimeZoneInfo Belgrade = TimeZoneInfo.FindSystemTimeZoneById("Europe/Belgrade");

    private readonly string folder = Path.Combine(Path.GetTempPath(), "traffickingcare-tests", "crash-" + Guid.NewGuid().ToString("N"));

    private string DatabasePath => Path.Combine(folder, "app.db");

    private readonly Dictionary<string, string> settings = new()
    {
        ["Seed__DemoUsers"] = "true",
        ["Seed__DemoPassword"] = AppFactory.DemoPassword,
        ["Audit__SealIntervalSeconds"] = "1",
    };

    [Fact]
    public async Task Killed_twenty_times_under_fifty_writers_the_app_loses_no_acknowledged_write_and_its_database_and_audit_chain_hold()
    {
        using var bounded = new CancellationTokenSource(TimeSpan.FromMinutes(8));
        var seed = Environment.TickCount;
        var random = new Random(seed);
        var acknowledged = new ConcurrentBag<Guid>();
        var serverErrors = new ConcurrentBag<string>();
        var attempts = 0;

        var address = await StartAsync(bounded.Token);
        using var handler = new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = new CookieContainer(), MaxConnectionsPerServer = Writers };
        using var client = new TestClient(new HttpClient(handler) { BaseAddress = address, Timeout = TimeSpan.FromSeconds(30) });
        await client.SignInAsync("radnik");
        var token = (await client.GetPageAsync("/Referrals/Log")).QuerySelector("form#log-referral input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

        // From here on one process is the app, and each kill is followed by a restart, on the same port. A writer whose
        // request fails waits for the app to be back (the gate) instead of knocking on a closed port.
        var up = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        up.SetResult();
        settings["Database__MigrateOnStartup"] = "false";
        using var writing = CancellationTokenSource.CreateLinkedTokenSource(bounded.Token);
        var writers = Enumerable.Range(0, Writers).Select(_ => Task.Run(async () =>
        {
            while (!writing.IsCancellationRequested)
            {
                Interlocked.Increment(ref attempts);
                try
                {
                    var response = await client.Http.PostAsync("/Referrals/Log", new FormUrlEncodedContent(Referral(token)));
                    var location = response.Headers.Location?.OriginalString ?? string.Empty;
                    if (response.StatusCode == HttpStatusCode.Redirect && location.StartsWith("/Referrals/Details/", StringComparison.Ordinal))
                    {
                        acknowledged.Add(Guid.Parse(location["/Referrals/Details/".Length..]));
                    }
                    else
                    {
                        serverErrors.Add($"{(int)response.StatusCode} {location} {await response.Content.ReadAsStringAsync()}");
                    }
                }
                catch (Exception e) when (e is HttpRequestException || (e is TaskCanceledException && !writing.IsCancellationRequested))
                {
                    // The app is down (killed, or not listening yet): nothing was acknowledged.
                    await Volatile.Read(ref up).Task;
                }
            }
        })).ToList();

        var restartedIn = new List<double>();
        for (var kill = 0; kill < Kills; kill++)
        {
            // The kill falls at a random moment once writes are flowing (a cold start's first requests take a while).
            for (var flowing = acknowledged.Count + 10; acknowledged.Count < flowing;)
            {
                await Task.Delay(10, bounded.Token);
            }

            await Task.Delay(random.Next(0, 500), bounded.Token);
            Volatile.Write(ref up, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
            await KillAsync(bounded.Token);
            var restart = Stopwatch.StartNew();
            await StartAsync(bounded.Token, address);
            restartedIn.Add(restart.Elapsed.TotalSeconds);
            up.SetResult();
        }

        await Task.Delay(500, bounded.Token);
        await writing.CancelAsync();
        await Task.WhenAll(writers);
        await KillAsync(bounded.Token);

        var (integrity, stored, audited) = await ReadBackAsync(acknowledged);
        var (verified, verifyOutput, verifyErrors) = await AppCommand.RunAsync(DatabasePath, folder, null, "audit", "verify");
        output.WriteLine($"Seed {seed}: {Kills} kills, {Writers} writers, {attempts:N0} attempts, {acknowledged.Count:N0} writes acknowledged, "
            + $"{stored:N0} of them found, {audited:N0} with their audit row, {serverErrors.Count} server errors; restarts took {restartedIn.Average():N1} s on average.");
        output.WriteLine(verifyOutput.Trim());

        Assert.Empty(serverErrors);
        Assert.True(acknowledged.Count > Kills, $"Only {acknowledged.Count} writes were acknowledged: the harness did not exercise the app.");
        Assert.Equal("ok", integrity);
        Assert.Equal(acknowledged.Count, stored);
        Assert.Equal(acknowledged.Count, audited);
        Assert.True(verified == 0, verifyOutput + verifyErrors);
        Assert.Contains("Audit chain intact", verifyOutput, StringComparison.Ordinal);
    }

    /// <summary>SIGKILL, and the process is gone before the next start.</summary>
    private async Task KillAsync(CancellationToken ct)
    {
        app!.Kill();
        await app.WaitForExitAsync(ct);
        app.Dispose();
        app = null;
    }

    /// <summary>Starts the app (on <paramref name="address"/>'s port after a kill), waits until it answers and returns its address.</summary>
    private async Task<Uri> StartAsync(CancellationToken ct, Uri? address = null)
    {
        var started = AppCommand.StartServer(DatabasePath, folder, settings, address);
        app = started.Process;
        using var probe = new HttpClient { BaseAddress = started.Address, Timeout = TimeSpan.FromSeconds(5) };
        while (true)
        {
            Assert.False(started.Process.HasExited, $"The app exited with {(started.Process.HasExited ? started.Process.ExitCode : 0)} while starting.");
            try
            {
                if ((await probe.GetAsync("/health/live", ct)).IsSuccessStatusCode)
                {
                    return started.Address;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(50, ct);
        }
    }

    /// <summary>The log form's fields as a caseworker fills them in, each post a new referral (its own submission key).</summary>
    private static Dictionary<string, string> Referral(string token)
    {
        var received = TimeZoneInfo.ConvertTimeFromUtc(DateTime.UtcNow, Belgrade).AddMinutes(-5);
        return new()
        {
            ["Form.SubmissionKey"] = Guid.NewGuid().ToString(),
            ["Form.ReceivedOn"] = received.ToString("dd.MM.yyyy."),
            ["Form.ReceivedAt"] = received.ToString("HH:mm"),
            ["Form.ChannelCode"] = "Phone",
            ["Form.ReferrerSectorCode"] = "Police",
            ["Form.PersonNameOrAlias"] = "Upis Pre Pada",
            ["__RequestVerificationToken"] = token,
        };
    }

    /// <summary>Read straight from the file, as it was left by the last kill: its integrity, and which acknowledged referrals it holds.</summary>
    private async Task<(string? Integrity, int Stored, int Audited)> ReadBackAsync(IReadOnlyCollection<Guid> acknowledged)
    {
        await using var connection = new SqliteConnection($"Data Source={DatabasePath};Pooling=False");
        await connection.OpenAsync();
        var integrity = await ScalarAsync(connection, "PRAGMA integrity_check") as string;
        var referrals = await IdsAsync(connection, "SELECT Id FROM Referrals");
        var audited = await IdsAsync(connection, "SELECT EntityId FROM AuditEntries WHERE EntityType = 'Referral' AND Action = 'Created'");
        return (integrity, acknowledged.Count(referrals.Contains), acknowledged.Count(audited.Contains));
    }

    private static async Task<HashSet<Guid>> IdsAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var ids = new HashSet<Guid>();
        while (await reader.ReadAsync())
        {
            ids.Add(Guid.Parse(reader.GetString(0)));
        }

        return ids;
    }

    private static async Task<object?> ScalarAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync();
    }

    public void Dispose()
    {
        // A failed run leaves no app behind.
        if (app is { HasExited: false })
        {
            app.Kill();
            app.WaitForExit(10_000);
        }

        app?.Dispose();
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // A killed process's files are gone with it; a leftover is cleaned with the temp folder.
        }
    }
}

[CollectionDefinition(CrashSafetyTests.Alone, DisableParallelization = true)]
public sealed class CrashHarnessCollection;
