using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using TraffickingCare.Domain.Cases;
using TraffickingCare.Web.Data;
using TraffickingCare.Web.Features.Shared.Access;
using TraffickingCare.Web.Infrastructure.Time;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace TraffickingCare.BrowserTests.Infrastructure;

/// <summary>
/// Gives each test a fresh browser context (no cookies carried over) and, when the test fails,
/// leaves a full-page screenshot named after it in the screenshots folder next to the test assembly.
/// </summary>
[Collection(BrowserCollection.Name)]
public abstract class BrowserTest(BrowserFixture browser, ITestOutputHelper output)
{
    /// <summary>The Centre's staff use Serbian browsers; the app must pick Serbian Latin for them.</summary>
    public const string BrowserLocale = "sr-Latn-RS";

    public static string ScreenshotFolder { get; } = Path.Combine(AppContext.BaseDirectory, "screenshots");

    protected Uri BaseAddress => browser.BaseAddress;

    /// <summary>The test's own output, shown beside its result.</summary>
    protected ITestOutputHelper Output => output;

    /// <summary>The app's log files of this run, which the log canary reads after every test (<see cref="TypedText"/>).</summary>
    protected string LogFolder => browser.LogFolder;

    /// <summary>Arranges what a test needs but does not walk through (a case to work on) in the app's own database.</summary>
    protected Task<T> ArrangeAsync<T>(Func<IServiceProvider, Task<T>> work) => browser.WithServicesAsync(work);

    /// <summary>A new case led by <paramref name="leadUserName"/>, under the next free code of this year, and the Centre's date today.</summary>
    /// <param name="team">Colleagues on the case's team beside its lead: who may write its findings with the lead, or escort at its hearings.</param>
    protected Task<(Guid Id, string Code, DateOnly Today)> ArrangeCaseAsync(string leadUserName, params string[] team) =>
        ArrangeAsync(async services =>
        {
            var db = services.GetRequiredService<AppDbContext>();
            var numbering = services.GetRequiredService<CaseNumbering>();
            var clock = services.GetRequiredService<CentreClock>();
            var leadId = await db.Users.Where(u => u.UserName == leadUserName).Select(u => u.Id).SingleAsync();
            var file = CaseFile.Open(await numbering.NextCodeAsync(numbering.CurrentYear(), default), leadId, clock.UtcNow);
            foreach (var member in await db.Users.Where(u => team.Contains(u.UserName)).Select(u => u.Id).ToListAsync())
            {
                file.AddToTeam(member);
            }

            db.Cases.Add(file);
            await numbering.SaveNewAsync(file, default);
            return (file.Id, file.Code, clock.Today);
        });

    /// <summary>
    /// Lets the night pass: moves the app's clock on to <paramref name="at"/> (the Centre's local time) of the day
    /// after the app's today, and returns that day. The clock never goes back, so every later test starts from there.
    /// </summary>
    protected DateOnly NextMorning(TimeOnly at)
    {
        var today = DateOnly.FromDateTime(CentreClock.ToLocal(browser.Clock.GetUtcNow().UtcDateTime));
        var tomorrow = today.AddDays(1);
        browser.Clock.SetUtcNow(new DateTimeOffset(CentreClock.ToUtc(tomorrow, at)));
        return tomorrow;
    }

    /// <summary>Signs in through the login page as a demo user and waits for the signed-in menu.</summary>
    protected static async Task SignInAsync(IPage page, string userName)
    {
        await page.GotoAsync("/Account/Login");
        await page.Locator("#UserName").FillAsync(userName);
        await page.Locator("#Password").FillAsync(BrowserAppFactory.DemoPassword);
        await page.Locator("#sign-in").ClickAsync();
        await Expect(page.Locator("#user-menu")).ToBeVisibleAsync();
    }

    /// <summary>
    /// Runs <paramref name="body"/> in a fresh browser context; with <paramref name="javaScript"/> false the browser runs
    /// no script at all, as for a user whose browser blocks it: what the server alone must still do.
    /// </summary>
    /// <summary>Signs out through the user menu.</summary>
    protected static async Task SignOutAsync(IPage page)
    {
        await page.Locator("#user-menu").ClickAsync();
        await page.Locator("#sign-out").ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/Account/Login(\\?|$)"));
    }

    /// <param name="expectedConsoleError">
    /// A console error the test provokes on purpose (the browser logs every refused fetch, e.g. a 409), left out of
    /// the script errors; any other still fails the test.
    /// </param>
    /// <param name="app">Another app than the collection's, for a test that needs a database of its own; the collection's by default.</param>
    protected async Task RunAsync(
        string testName, Func<IPage, Task> body, bool javaScript = true, string? expectedConsoleError = null, Uri? app = null)
    {
        await using var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = (app ?? browser.BaseAddress).ToString(),
            Locale = BrowserLocale,
            ViewportSize = new ViewportSize { Width = 1280, Height = 800 },
            JavaScriptEnabled = javaScript,
        });
        var page = await context.NewPageAsync();
        page.Request += (_, request) => TypedText.Record(request);
        var scriptErrors = new List<string>();
        page.PageError += (_, error) => scriptErrors.Add($"uncaught: {error}");
        page.Console += (_, message) =>
        {
            if (message.Type == "error" && (expectedConsoleError is null || !message.Text.Contains(expectedConsoleError, StringComparison.Ordinal)))
            {
                scriptErrors.Add($"console: {message.Text}");
            }
        };

        try
        {
            await body(page);

            // A blocked script (CSP) or a broken bundle shows here before any user notices.
            Assert.True(scriptErrors.Count == 0, "The page reported script errors:\n" + string.Join("\n", scriptErrors));

            // Whatever was typed so far (this test's and earlier tests') is in none of the app's log files.
            TypedText.AssertNotInLogs(LogFolder);
        }
        catch (Exception)
        {
            await SaveScreenshotAsync(page, testName);
            throw;
        }
    }

    private async Task SaveScreenshotAsync(IPage page, string testName)
    {
        var path = Path.Combine(ScreenshotFolder, Sanitise(testName) + ".png");
        try
        {
            Directory.CreateDirectory(ScreenshotFolder);
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
            output.WriteLine($"Screenshot of {page.Url}: {path}");
        }
        catch (PlaywrightException ex)
        {
            // The original failure matters more than a missing picture of it.
            output.WriteLine($"No screenshot could be taken of {page.Url}: {ex.Message}");
        }
    }

    private static string Sanitise(string name) =>
        string.Concat(name.Select(c => char.IsLetterOrDigit(c) || c is '_' or '-' or '.' ? c : '_'));
}
