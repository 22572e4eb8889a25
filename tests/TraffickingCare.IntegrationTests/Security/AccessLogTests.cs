using System.Net;
using Microsoft.EntityFrameworkCore;
using Serilog.Core;
using TraffickingCare.IntegrationTests.Infrastructure;

namespace TraffickingCare.IntegrationTests.Security;

/// <summary>
/// The access log is the retained log file (the sink configured in appsettings.json, only its folder
/// moved to the test's folder): one line per request, refused ones included, by user id and
/// correlation id, and nothing a user typed.
/// </summary>
public sealed class AccessLogTests
{
    private static async Task<HttpStatusCode> SendAsync(TestClient client, HttpMethod method, string url, string correlationId)
    {
        using var request = new HttpRequestMessage(method, url);
        request.Headers.Add("X-Correlation-Id", correlationId);
        using var response = await client.Http.SendAsync(request);

        // Reading to the end waits until the app's pipeline, and so its request logging, has finished.
        await response.Content.ReadAsStringAsync();
        return response.StatusCode;
    }

    private static async Task<HttpStatusCode> SignInPostAsync(TestClient client, string correlationId)
    {
        var page = await client.GetPageAsync("/Account/Login");
        client.Http.DefaultRequestHeaders.Add("X-Correlation-Id", correlationId);
        using var response = await client.SubmitAsync(page, "form#login-form", new Dictionary<string, string> { ["UserName"] = "radnik", ["Password"] = "Pogresna-Lozinka-123" });
        client.Http.DefaultRequestHeaders.Remove("X-Correlation-Id");
        await response.Content.ReadAsStringAsync();
        return response.StatusCode;
    }

    private static string FileLog(AppFactory factory)
    {
        var lines = Directory.GetFiles(factory.LogFolder, "app-*.log").SelectMany(path =>
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            using var reader = new StreamReader(stream);
            return reader.ReadToEnd().Split('\n');
        });
        return string.Join('\n', lines);
    }

    private static List<string> RequestLines(string log, string correlationId) =>
        log.Split('\n').Where(l => l.Contains("HTTP ", StringComparison.Ordinal) && l.Contains("responded", StringComparison.Ordinal)
            && l.Contains($"\"CorrelationId\":\"{correlationId}\"", StringComparison.Ordinal)).ToList();

    [Fact]
    public async Task Every_request_refused_or_not_is_one_line_in_the_log_file_with_user_id_and_correlation_id()
    {
        await using var factory = new AppFactory();
        factory.Settings["Security:SignInPermitsPerMinute"] = "1";
        using var anonymous = factory.CreateTestClient();
        using var caseworker = factory.CreateTestClient();
        await caseworker.SignInAsync("radnik");
        var userId = await factory.WithDbAsync(db => db.Users.Where(u => u.UserName == "radnik").Select(u => u.Id).SingleAsync());

        var statuses = new Dictionary<string, HttpStatusCode>
        {
            ["log-ok"] = await SendAsync(caseworker, HttpMethod.Get, "/Referrals?From=01.01.2026.&Name=Mila", "log-ok"),
            ["log-403"] = await SendAsync(caseworker, HttpMethod.Get, "/Users", "log-403"),
            ["log-404"] = await SendAsync(caseworker, HttpMethod.Get, $"/Referrals/Details/{Guid.CreateVersion7()}", "log-404"),
            ["log-404-typed"] = await SendAsync(caseworker, HttpMethod.Get, "/Cases/Details/Mila-Izmisljena", "log-404-typed"),

            // The sign-in's one permit is spent, unless its window (real time) has just ended: then this post spends it.
            ["log-post"] = await SignInPostAsync(anonymous, "log-post"),
            ["log-429"] = await SignInPostAsync(anonymous, "log-429"),
            ["log-302"] = await SendAsync(anonymous, HttpMethod.Get, "/Cases", "log-302"),
        };

        Assert.Equal(HttpStatusCode.OK, statuses["log-ok"]);
        Assert.Equal(HttpStatusCode.Forbidden, statuses["log-403"]);
        Assert.Equal(HttpStatusCode.NotFound, statuses["log-404"]);
        Assert.Equal(HttpStatusCode.NotFound, statuses["log-404-typed"]);
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses["log-429"]);
        Assert.Equal(HttpStatusCode.Redirect, statuses["log-302"]);
        var log = FileLog(factory);
        foreach (var (correlationId, status) in statuses)
        {
            var line = Assert.Single(RequestLines(log, correlationId));
            Assert.Contains($"responded {(int)status}", line, StringComparison.Ordinal);
            var expectedUser = correlationId is "log-post" or "log-429" or "log-302" ? "anonymous" : userId;
            Assert.Contains($"\"UserId\":\"{expectedUser}\"", line, StringComparison.Ordinal);
        }

        Assert.Contains("/Cases/Details/*", Assert.Single(RequestLines(log, "log-404-typed")), StringComparison.Ordinal);
        Assert.DoesNotContain("Mila", log, StringComparison.Ordinal);
        Assert.DoesNotContain("01.01.2026", log, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_production_host_writes_its_request_lines_through_the_configured_file_sink()
    {
        await using var factory = AppFactory.Production();
        using var client = factory.CreateTestClient();
        client.Http.BaseAddress = new Uri("https://tc.example.org");

        var status = await SendAsync(client, HttpMethod.Get, "/Error/404", "log-production-1");

        Assert.Equal(HttpStatusCode.NotFound, status);
        var line = Assert.Single(RequestLines(FileLog(factory), "log-production-1"));
        Assert.Contains("\"UserId\":\"anonymous\"", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_path_typed_with_a_name_is_reduced_on_the_apps_own_events_too()
    {
        await using var factory = new AppFactory();
        using var client = factory.CreateTestClient();
        var cookie = await Features.Account.ServerSessionTests.SignInCopyingCookieAsync(client, "radnik");
        using var copy = Features.Account.ServerSessionTests.CopyClient(factory, cookie);
        var home = await client.GetPageAsync("/");
        await client.SubmitAsync(home, "form[action='/Account/Logout']");

        // The ended session's cookie is logged as a warning during this request: an app event, not the request line.
        using var refused = await copy.GetAsync("/Cases/Details/Vera-Izmisljena");

        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        var log = FileLog(factory);
        Assert.Contains("EndedSessionPresented", log, StringComparison.Ordinal);
        Assert.DoesNotContain("Vera", log, StringComparison.Ordinal);
    }

    /// <summary>
    /// A client that hangs up (a closed tab; a load test's connections at its end) is not a server error: the work its
    /// request started fails with whatever the driver throws, and the request is one line with 499, no error logged.
    /// </summary>
    [Fact]
    public async Task A_request_whose_client_hung_up_is_one_line_with_499_and_no_error()
    {
        var sink = new CollectingLogSink();
        await using var root = new AppFactory { IncludeTestEndpoints = true };
        await using var factory = root.WithWebHostBuilder(b => b.ConfigureServices(s => s.AddSingleton<ILogEventSink>(sink)));
        using var client = factory.CreateClient();

        // The client sees its request fail (the test server reports the abort); what matters is what the app logged.
        await Record.ExceptionAsync(() => client.GetAsync("/__test/abandoned"));
        var line = await sink.FirstAsync(e => e.Contains("/__test/abandoned", StringComparison.Ordinal) && e.Contains("responded", StringComparison.Ordinal), TimeSpan.FromSeconds(30));

        Assert.Contains("responded 499", line, StringComparison.Ordinal);
        Assert.Contains("The client closed the request; the work it started ended with \"CancelledCommandException\"", sink.All, StringComparison.Ordinal);
        Assert.DoesNotContain("Operation cancelled by user", sink.All, StringComparison.Ordinal);
        Assert.Equal(string.Empty, root.Errors.All);
    }
}
