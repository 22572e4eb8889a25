using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace TraffickingCare.BrowserTests.Infrastructure;

/// <summary>One app and one headless Chromium for the whole run; each test gets its own browser context.</summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string DefaultChromiumPath = "/usr/bin/chromium";

    private static readonly string[] ChromiumArgs =
    [
        "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run",
    ];

    private readonly BrowserAppFactory app = new();
    private IPlaywright? playwright;
    private IBrowser? browser;

    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>Every log file the app writes in this run (<see cref="TypedText"/> reads them).</summary>
    public string LogFolder => Path.Combine(app.Folder, "logs");

    /// <summary>The app's clock (see <see cref="BrowserAppFactory.Clock"/>); it only ever moves forward.</summary>
    public Microsoft.Extensions.Time.Testing.FakeTimeProvider Clock => app.Clock;

    public IBrowser Browser => browser ?? throw new InvalidOperationException("The browser has not been launched.");

    public static string ChromiumPath =>
        Environment.GetEnvironmentVariable("CHROMIUM_PATH") is { Length: > 0 } path ? path : DefaultChromiumPath;

    /// <summary>A scope of the running app, for arranging data directly; changes made here are audited as "system".</summary>
    public async Task<T> WithServicesAsync<T>(Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider);
    }

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException(
                $"Chromium was not found at {ChromiumPath}. Run tests/run.sh (it installs Debian's chromium) or set CHROMIUM_PATH.");
        }

        BaseAddress = app.Start();
        playwright = await Playwright.CreateAsync();
        browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ChromiumArgs,
        });
    }

    public async Task DisposeAsync()
    {
        if (browser is not null)
        {
            await browser.DisposeAsync();
        }

        playwright?.Dispose();
        await app.DisposeAsync();
    }
}
