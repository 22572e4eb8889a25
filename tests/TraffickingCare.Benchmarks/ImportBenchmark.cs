using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;

namespace TraffickingCare.Benchmarks;

/// <summary>
/// Issue 14's import target through the app as a manager uses it: upload (the file is read and validated in the
/// request), commit, then the import's page polled until it shows the result, printing the progress it shows.
/// </summary>
internal static partial class ImportBenchmark
{
    public static async Task RunAsync(AppProcess app, HttpClient manager, string file)
    {
        var bytes = await File.ReadAllBytesAsync(file);
        Console.WriteLine($"import: {Path.GetFileName(file)}, {bytes.Length / 1024.0 / 1024.0:0.0} MB");

        var commandsBefore = app.TotalCommands;
        var clock = Stopwatch.StartNew();
        var token = Browser.Token(await manager.GetStringAsync("/Reports/Import"), "import-upload");
        using var multipart = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" } };
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        multipart.Add(content, "Upload.File", Path.GetFileName(file));
        using var upload = await manager.PostAsync("/Reports/Import", multipart);
        if (upload.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"The file did not pass validation ({(int)upload.StatusCode}): see the import page.");
        }

        var details = upload.Headers.Location!.OriginalString;
        var validated = clock.Elapsed;
        var validationCommands = app.TotalCommands - commandsBefore;
        Console.WriteLine($"  upload and validation: {validated.TotalSeconds:0.0} s{Commands(app, validationCommands)}");

        var page = await manager.GetStringAsync(details);
        var commitAction = CommitAction().Match(page).Groups[1].Value;
        commandsBefore = app.TotalCommands;
        var commit = Stopwatch.StartNew();
        using (var started = await manager.PostAsync(WebUtility.HtmlDecode(commitAction), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = Browser.Token(page, "import-commit"),
        })))
        {
            if (started.StatusCode != HttpStatusCode.Redirect)
            {
                throw new InvalidOperationException($"The commit was refused ({(int)started.StatusCode}).");
            }
        }

        // Polled every 2 s, as the page's own Refresh header does; each poll is a few commands of its own.
        // A poll can fail: the commit holds SQLite's write lock for the whole file, and a request that writes (the
        // session's last-seen time) waits for it until the busy timeout. Such polls are counted, not fatal.
        var (polls, failedPolls) = (0, 0);
        while (true)
        {
            await Task.Delay(TimeSpan.FromSeconds(2));
            using var response = await manager.GetAsync(details);
            polls++;
            if (!response.IsSuccessStatusCode)
            {
                failedPolls++;
                Console.WriteLine($"  {commit.Elapsed.TotalSeconds,6:0.0} s  the import's page answered {(int)response.StatusCode}");
                continue;
            }

            page = await response.Content.ReadAsStringAsync();
            if (Progress().Match(page) is { Success: true } progress)
            {
                Console.WriteLine($"  {commit.Elapsed.TotalSeconds,6:0.0} s  {WebUtility.HtmlDecode(progress.Groups[1].Value)}");
                continue;
            }

            var done = commit.Elapsed;
            var result = Result().Match(page);
            if (!result.Success)
            {
                throw new InvalidOperationException("The import did not commit: see its page.");
            }

            Console.WriteLine($"  commit: {done.TotalSeconds:0.0} s (within 2 s, the poll's granularity), {WebUtility.HtmlDecode(result.Groups[1].Value)}{Commands(app, app.TotalCommands - commandsBefore, polls)}");
            Console.WriteLine($"  polls of the import's page: {polls}, failed: {failedPolls}");
            Console.WriteLine($"  total (upload to committed): {(validated + done).TotalSeconds:0.0} s");
            return;
        }
    }

    private static string Commands(AppProcess app, int commands, int polls = 0) =>
        app.TotalCommands == 0 ? "" : $", {commands} SQL commands{(polls == 0 ? "" : $" (with {polls} polls of the page)")}";

    [GeneratedRegex("action=\"([^\"]+/Commit)\"")]
    private static partial Regex CommitAction();

    [GeneratedRegex("id=\"import-progress\">\\s*<p>([^<]+)</p>")]
    private static partial Regex Progress();

    [GeneratedRegex("id=\"import-result\">([^<]+)<")]
    private static partial Regex Result();
}
