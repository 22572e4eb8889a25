using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;

namespace TraffickingCare.BrowserTests.Infrastructure;

/// <summary>
/// The real app on Kestrel at a free loopback port, with its own SQLite file, key ring and log folder,
/// in Development so the demo users are seeded. A browser can only reach a real socket, not the test server.
/// </summary>
public sealed class BrowserAppFactory : WebApplicationFactory<Program>
{
    // Many hosts run at once. Each watches wwwroot (for asp-append-version) and its settings files;
    // with inotify a machine's limit of 128 watchers per user is soon reached and a request fails
    // with a 500. Polling watchers need no inotify instance.
    static BrowserAppFactory()
    {
        Environment.SetEnvironmentVariable("DOTNET_USE_POLLING_FILE_WATCHER", "true");
        Environment.SetEnvironmentVariable("DOTNET_hostBuilder__reloadConfigOnChange", "false");
    }

    public const string DemoPassword = "Pregledac-Test-Lozinka-2026";

    /// <summary>
    /// <c>Storage:MaxAttachmentBytes</c> of the test app: small, so a test can hand the browser a file over the limit
    /// without building megabytes, and still well above the few hundred bytes of an ordinary test document.
    /// </summary>
    public const long MaxAttachmentBytes = 64 * 1024;

    public BrowserAppFactory()
    {
        Folder = Path.Combine(Path.GetTempPath(), "traffickingcare-browser-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Folder);
        UseKestrel(0);
    }

    public string Folder { get; }

    /// <summary>Settings of this app beyond the ones every browser test's app has, given before it starts.</summary>
    public Dictionary<string, string> Settings { get; } = [];

    /// <summary>
    /// The app's clock. It starts at the real time (the browser judges cookie expiry by the real clock) and stands
    /// still until a test moves it on, e.g. to "the next morning"; tests read dates from the app, never the machine.
    /// </summary>
    public FakeTimeProvider Clock { get; } = new(TimeProvider.System.GetUtcNow());

    /// <summary>Starts the host (migrations and seed run here) and returns its address, e.g. http://127.0.0.1:41234.</summary>
    public Uri Start()
    {
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses;
        var address = addresses.FirstOrDefault(a => a.StartsWith("http://", StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"Kestrel reported no http address (got: {string.Join(", ", addresses)}).");
        return new Uri(address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal).Replace("0.0.0.0", "127.0.0.1", StringComparison.Ordinal));
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("ConnectionStrings:Sqlite", $"Data Source={Path.Combine(Folder, "app.db")}");
        builder.UseSetting("DataProtection:KeyRingPath", Path.Combine(Folder, "keys"));
        builder.UseSetting("Seed:DemoUsers", "true");
        builder.UseSetting("Seed:DemoPassword", DemoPassword);
        builder.UseSetting("Security:SignInPermitsPerMinute", "10000");
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }

        // As app configuration, not UseSetting: a UseSetting of a key inside the WriteTo array makes
        // Serilog read each sink as one named "" and drop it without a word.
        builder.ConfigureAppConfiguration((_, configuration) => configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Serilog:WriteTo:0:Name"] = "File",
            ["Serilog:WriteTo:0:Args:path"] = Path.Combine(Folder, "logs", "console-.log"),
            ["Serilog:WriteTo:1:Args:path"] = Path.Combine(Folder, "logs", "app-.log"),

            // Set-password mails stay in this host's folder, not in the source tree's data/mail.
            ["Mail:PickupFolder"] = Path.Combine(Folder, "mail"),

            // Uploaded attachments stay in this host's folder, not in the source tree's data/attachments.
            ["Storage:AttachmentsPath"] = Path.Combine(Folder, "attachments"),
            ["Storage:MaxAttachmentBytes"] = MaxAttachmentBytes.ToString(System.Globalization.CultureInfo.InvariantCulture),
        }));
        builder.ConfigureServices(services => services.Replace(ServiceDescriptor.Singleton<TimeProvider>(Clock)));
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(Folder, recursive: true);
            }
            catch (IOException)
            {
                // A log file may still be held open by the sink; the temp folder is cleaned by the OS.
            }
        }
    }
}
