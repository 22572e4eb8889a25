using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using TraffickingCare.Benchmarks;

// Usage (from the repository root, after `dotnet build` and the seed command, see docs/performance.md):
//   dotnet run --project tests/TraffickingCare.Benchmarks -- --database "$PERF/perf.db" [--requests 50] [--warm-up 60]
// Issue 14 (section "Annual report and historical import"): --generate-import FILE [--rows 100000] writes a synthetic
// historical file; --database DB --import FILE and/or --report YEAR time the import and the annual report.
// Issue 16: --load SECONDS [--connections 50] [--load-url URL | --spread N] [--mix PERCENT] puts the case pages under
// load with wrk, with a share of writes if asked.
if (Option("--generate-import") is { } generated)
{
    SyntheticImportFile.Write(generated, int.Parse(Option("--rows") ?? "100000", CultureInfo.InvariantCulture), int.Parse(Option("--first-year") ?? "2021", CultureInfo.InvariantCulture));
    Console.WriteLine($"{generated}: {new FileInfo(generated).Length / 1024.0 / 1024.0:0.0} MB");
    return 0;
}

var database = Option("--database") ?? throw new InvalidOperationException("--database is required.");
var requests = int.Parse(Option("--requests") ?? "50", CultureInfo.InvariantCulture);
var warmUpRequests = int.Parse(Option("--warm-up") ?? "60", CultureInfo.InvariantCulture);
var keys = Option("--keys") ?? Path.Combine(Path.GetDirectoryName(Path.GetFullPath(database))!, "keys");
var port = int.Parse(Option("--port") ?? "5181", CultureInfo.InvariantCulture);
var webFolder = Path.GetFullPath(Option("--web") ?? Path.Combine("src", "TraffickingCare.Web"));
// The app built in the benchmark's own configuration (bin/Release for `dotnet run -c Release`): the newest build of
// any configuration was often a Debug one the tests had just made, and a run then measured Debug without saying so.
var configuration = Path.GetFileName(Path.GetDirectoryName(Path.TrimEndingDirectorySeparator(AppContext.BaseDirectory)))!;
var appDll = BuiltWebDll(webFolder);
Console.WriteLine($"app: {Path.GetRelativePath(webFolder, appDll)}");

List<string> urls =
[
    "/Referrals",
    "/Referrals?Sector=Police",
    "/Referrals?OverdueOnly=true&Sort=deadline",
    "/Referrals?page=400",
    "/Referrals?From=01.01.2024.&To=31.12.2024.",
    "/Referrals?Status=AwaitingTriage&Sort=deadline",
    "/Referrals?Municipality=RS-NIS&UrgentOnly=true",
    "/Cases",
    "/Cases?Status=Closed",
    "/Cases?Code=CZZ-2024",
    "/Cases?page=200",
    "/Cases?FollowUpDue=true",
    "/Cases?DecisionOverdue=true",
    "/Cases?AwaitingApproval=true",
    "/",
    "/Decisions",
    "/Decisions?Form=ForcedLabour",
];

// --sql FILE: also log EF's commands (to FILE, with every other line of the app's output), to read what a page sent.
// Logging every command costs time: take the timings from a run without it.
var sqlLog = Option("--sql");
var importFile = Option("--import");
var reportYear = Option("--report");

// An import starts from an empty database: the demo accounts and code lists, no demo record. The page timings capture
// each page's SQL once (a marked request) to replay it alone on the same database (SqlReplay).
var captureFile = Path.Combine(Path.GetTempPath(), $"traffickingcare-sql-{Environment.ProcessId}.jsonl");
var environment = importFile is not null ? new Dictionary<string, string> { ["Seed__DemoData"] = "false" }
    : reportYear is null && Option("--load") is null ? new Dictionary<string, string> { ["Diagnostics__SqlCaptureFile"] = captureFile }
    : null;
using var app = AppProcess.Start(webFolder, appDll, Path.GetFullPath(database), Path.GetFullPath(keys), port, sqlLog is null ? null : Path.GetFullPath(sqlLog), environment);
var password = Option("--password") ?? "Demo-Lozinka-2026";
var clients = new Dictionary<string, HttpClient>();
if (importFile is not null || reportYear is not null)
{
    var manager = await SignedInClientAsync("rukovodstvo");
    if (importFile is not null)
    {
        await ImportBenchmark.RunAsync(app, manager, Path.GetFullPath(importFile));
    }

    if (reportYear is not null)
    {
        await ReportBenchmark.RunAsync(app, manager, int.Parse(reportYear, CultureInfo.InvariantCulture), requests);
    }

    manager.Dispose();
    return 0;
}

var http = await SignedInClientAsync("koordinator");

// The pages that show one record, for a case with a decision (so it has a checklist and a findings).
var caseId = await FirstIdAsync(http, "/Decisions", "/Cases/Details/");
var findingsId = await FirstIdAsync(http, $"/Identification/Case/{caseId}", "/Identification/Findings/");
var referralId = await FirstIdAsync(http, $"/Cases/Details/{caseId}", "/Referrals/Details/");

// --load SECONDS [--connections 50] [--load-url URL [--load-user NAME] | --spread N] [--mix PERCENT]: the load run of
// issue 16 instead of the page timings (wrk on loopback; the case page as the coordinator unless another URL is given,
// and another page as another user if one is named; --spread: the case pages of N cases, picked at random each
// request; --mix: that share of the requests a note or a service on one of those cases). It exits 1 if the run failed
// (a server error, a missing write, an unaudited view).
if (Option("--load") is { } loadSeconds)
{
    // Both builds of a paired run sign in as this user: the same page as another user is another page.
    var loadUser = Option("--load-user") ?? "koordinator";
    var (client, cookies) = await Browser.SignedInWithCookiesAsync(port, loadUser, password);

    // The app's first readiness check walks the whole audit chain; the run waits for it rather than measuring it.
    (await client.GetAsync("/health/ready")).EnsureSuccessStatusCode();
    var spread = int.Parse(Option("--spread") ?? "1", CultureInfo.InvariantCulture);
    List<string> cases = spread > 1 ? await CaseIdsAsync(client, spread) : [caseId];
    List<string> pages = Option("--load-url") is { } loadUrl ? [loadUrl] : [.. cases.Select(id => $"/Cases/Details/{id}")];
    var mix = int.Parse(Option("--mix") ?? "0", CultureInfo.InvariantCulture);
    var writes = mix > 0 ? await LoadWrites.PrepareAsync(client, Path.GetFullPath(database), loadUser, cases) : [];
    var site = new Uri($"http://127.0.0.1:{port}");
    var run = new LoadRun(site, pages, cookies.GetCookieHeader(site), writes, mix, int.Parse(Option("--connections") ?? "50", CultureInfo.InvariantCulture), int.Parse(loadSeconds, CultureInfo.InvariantCulture));
    // --against WEB_FOLDER [--rounds 8]: a second build (another checkout's web project, built in the same configuration)
    // on the same database and the next port, loaded in turns with this one: SECONDS is then one turn (PairedLoad).
    if (Option("--against") is { } against)
    {
        var otherFolder = Path.GetFullPath(against);
        using var other = AppProcess.Start(otherFolder, BuiltWebDll(otherFolder), Path.GetFullPath(database), Path.GetFullPath(keys), port + 1);
        var (otherClient, otherCookies) = await Browser.SignedInWithCookiesAsync(port + 1, loadUser, password);
        (await otherClient.GetAsync("/health/ready")).EnsureSuccessStatusCode();
        var otherSite = new Uri($"http://127.0.0.1:{port + 1}");
        var paired = await PairedLoad.RunAsync(
            new PairedApp("this", app, run),
            new PairedApp("other", other, run with { Site = otherSite, Cookie = otherCookies.GetCookieHeader(otherSite) }),
            int.Parse(Option("--rounds") ?? "8", CultureInfo.InvariantCulture));
        otherClient.Dispose();
        client.Dispose();
        return paired ? 0 : 1;
    }

    var passed = await LoadBenchmark.RunAsync(app, run, Path.GetFullPath(database));
    client.Dispose();
    return passed ? 0 : 1;
}

urls.AddRange(
[
    $"/Cases/Details/{caseId}",
    $"/Cases/Profile/{caseId}",
    $"/Cases/Exploitation/{caseId}",
    $"/Identification/Case/{caseId}",
    $"/Identification/Checklist/{caseId}",
    $"/Identification/Findings/{findingsId}",
    $"/Referrals/Details/{referralId}",

    // Support work (issue 10): the same case's services, field visits and support network, each a page of its own
    // and a panel of the case page above; Moj rad, the hearing calendar and the partner directory.
    $"/Cases/{caseId}/Services",
    $"/Cases/{caseId}/FieldVisits",
    $"/Cases/{caseId}/Network",
    "/Work",
    "/Hearings",
    "/Hearings?view=month",
    "/Partners",
    "/Partners?Q=nis",

    // The shelter (issue 12): the occupancy board and five years of statistics.
    "/Shelter",
    "/Shelter/Statistics?From=01.01.2022.&To=31.12.2026.",

    // Case conferences (issue 11): the calendar and a year's figures; centre activity (issue 13): the year's figures
    // beside the last, the sector table over five years (every referral of the period with its case's first decision),
    // the trainings and the local teams.
    "/Conferences",
    "/Conferences?view=month",
    $"/Conferences/Statistics?Year={DateTime.Today.Year - 1}",
    $"/Activity?Year={DateTime.Today.Year - 1}",
    "/Activity/Sectors?From=01.01.2022.&To=31.12.2026.",
    // This year so far (its days past the last whole month read from the referrals), and one municipality's five years
    // (read from the referrals on the municipality's index).
    "/Activity/Sectors",
    "/Activity/Sectors?From=01.01.2022.&To=31.12.2026.&Municipality=RS-NIS",
    "/Activity/Trainings",
    // A new training's form: the Centre's staff as trainers (found by name in a centre of more than 50).
    "/Activity/Trainings/New",
    "/Activity/Teams",
]);

// Pages as other roles see them: "user: url". A caseworker's Moj rad and case list (only the cases they lead or
// are on the team of), the shelter staff's board, statistics and Moj rad.
urls.AddRange(
[
    "radnik: /Work",
    "radnik: /Cases",
    "prihvatiliste: /Work",
    "prihvatiliste: /Shelter",
    "prihvatiliste: /Shelter/Statistics?From=01.01.2022.&To=31.12.2026.",

    // Each role's home, and the annual report as management reads it (last year, every table beside the year before).
    "radnik: /",
    "prihvatiliste: /",
    "rukovodstvo: /",
    $"rukovodstvo: /Reports/Annual/{DateTime.Today.Year - 1}",

    // The accounts list as the administrator reads it: a page of the 2,500 accounts of a seeded million, and a search.
    "admin: /Users",
    "admin: /Users?Q=0042&Role=Caseworker",
]);

var slowest = int.Parse(Option("--slowest") ?? "0", CultureInfo.InvariantCulture);

// --only PART: time just the URLs containing PART (e.g. --only /Cases/Details, or --only radnik:); --only =URL just that
// URL (--only =/ is the coordinator's home, which every URL contains).
if (Option("--only") is { } only)
{
    urls.RemoveAll(u => only.StartsWith('=') ? u != only[1..] : !u.Contains(only, StringComparison.Ordinal));
}

// Server: the app's own time for the request (its request log). SQL: the same page's commands replayed alone on the
// same database (SqlReplay), as many times; ratio: server median / SQL median; commands: how many the page sent.
Console.WriteLine($"{"URL",-66} {"n",4} {"server p50",11} {"p95",9} {"SQL p50",10} {"p95",9} {"ratio",6} {"commands",8} {"wall p50",10}");
using var replay = new SqlReplay(Path.GetFullPath(database), captureFile);
var captured = 0;
// A page that does not answer is named and the run goes on (an imported case has no preliminary checklist, say); the
// run still fails at its end, so the CI smoke cannot pass over a broken page.
var unanswered = 0;
foreach (var entry in urls)
{
    var separator = entry.IndexOf(": ", StringComparison.Ordinal);
    var (user, url) = separator > 0 ? (entry[..separator], entry[(separator + 2)..]) : ("koordinator", entry);
    var label = (user == "koordinator" ? "" : user + ": ") + Ids.Masked(url);
    var client = await SignedInClientAsync(user);
    // Warm-up until the page runs as a server that has been up for a while runs it: the first request compiles the
    // queries and fills SQLite's page cache, and the runtime recompiles a method optimised only after it has been
    // called 30 times, twice with profile-guided optimisation, in the background. Measured after two requests, a
    // caseworker's /Work took 50 ms; after 600, 36 ms. So up to --warm-up requests (60), stopped after 3 s for the
    // slow pages, where the compiler's share is small.
    var answered = true;
    var warmingUp = Stopwatch.StartNew();
    for (var i = 0; answered && (i < 2 || (i < warmUpRequests && warmingUp.Elapsed < TimeSpan.FromSeconds(3))); i++)
    {
        using var warmUp = await client.GetAsync(url);
        answered = warmUp.IsSuccessStatusCode;
        if (!answered)
        {
            Console.WriteLine($"{label,-66} not measured: {(int)warmUp.StatusCode} {warmUp.StatusCode}");
            unanswered++;
        }
    }

    if (!answered)
    {
        continue;
    }

    await Task.Delay(200);
    app.DiscardServerTimes();
    var server = new List<double>();
    var wall = new List<double>();
    for (var i = 0; i < requests; i++)
    {
        var stopwatch = Stopwatch.StartNew();
        using var response = await client.GetAsync(url);
        await response.Content.ReadAsStringAsync();
        wall.Add(stopwatch.Elapsed.TotalMilliseconds);
        response.EnsureSuccessStatusCode();
        if (app.NextServerTime() is { } logged)
        {
            server.Add(logged.Milliseconds);
        }
    }

    // The page once more, marked: its commands are captured and replayed.
    var requestId = $"sql-capture-{++captured}";
    using (var marked = new HttpRequestMessage(HttpMethod.Get, url))
    {
        marked.Headers.Add("X-Correlation-Id", requestId);
        using var response = await client.SendAsync(marked);
        response.EnsureSuccessStatusCode();
    }

    var pageCommands = replay.Read(requestId);
    var replayed = replay.Time(pageCommands, requests);
    var sql = replayed.Totals;

    Console.WriteLine($"{label,-66} {requests,4} {Median(server),8:0.0} ms {P95(server),6:0.0} ms {Median(sql),7:0.0} ms {P95(sql),6:0.0} ms {Median(server) / Median(sql),6:0.0} {pageCommands.Count,8} {Median(wall),7:0.0} ms");
    if (slowest > 0)
    {
        // --slowest N: the page's N slowest commands, each with its own median, to say where its SQL time goes.
        var each = replayed.CommandMedians;
        foreach (var (ms, index) in each.Select((ms, index) => (ms, index)).OrderByDescending(c => c.ms).Take(slowest))
        {
            var text = string.Join(' ', pageCommands[index].Sql.Split((char[])['\n', '\r', ' '], StringSplitOptions.RemoveEmptyEntries));
            Console.WriteLine($"    #{index + 1,-3} {ms,7:0.00} ms  {text[..Math.Min(200, text.Length)]}");
        }
    }
}

File.Delete(captureFile);

foreach (var client in clients.Values)
{
    client.Dispose();
}

return unanswered == 0 ? 0 : 1;

async Task<HttpClient> SignedInClientAsync(string userName)
{
    if (!clients.TryGetValue(userName, out var client))
    {
        client = await Browser.SignedInAsync(port, userName, password);
        clients[userName] = client;
    }

    return client;
}

static double Median(List<double> values) => Stats.Median(values);

static double P95(List<double> values) => Stats.P95(values);

// The first N cases of the coordinator's case list, page by page.
static async Task<List<string>> CaseIdsAsync(HttpClient http, int count)
{
    var ids = new List<string>();
    for (var page = 1; ids.Count < count; page++)
    {
        var found = Regex.Matches(await http.GetStringAsync($"/Cases?page={page}"), "href=\"/Cases/Details/([0-9a-fA-F-]{36})\"")
            .Select(m => m.Groups[1].Value).Where(id => !ids.Contains(id)).ToList();
        if (found.Count == 0)
        {
            break;
        }

        ids.AddRange(found.Take(count - ids.Count));
    }

    return ids.Count > 0 ? ids : throw new InvalidOperationException("No case on the case list: seed the database first.");
}

static async Task<string> FirstIdAsync(HttpClient http, string page, string linkPrefix)
{
    var html = await http.GetStringAsync(page);
    var match = Regex.Match(html, $"href=\"{Regex.Escape(linkPrefix)}([0-9a-fA-F-]{{36}})\"");
    return match.Success ? match.Groups[1].Value : throw new InvalidOperationException($"No link to {linkPrefix}... on {page}: seed the database first.");
}

string? Option(string name)
{
    var index = Array.IndexOf(args, name);
    return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
}


// A web project's app as built in the benchmark's own configuration (this checkout's, or another's for --web and --against).
string BuiltWebDll(string folder) =>
    Directory.GetFiles(Path.Combine(folder, "bin", configuration), "TraffickingCare.Web.dll", SearchOption.AllDirectories)
        .OrderByDescending(File.GetLastWriteTimeUtc).FirstOrDefault()
    ?? throw new InvalidOperationException($"Build {folder} in {configuration} first (dotnet build -c {configuration}).");
