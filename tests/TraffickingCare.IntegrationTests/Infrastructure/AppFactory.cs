using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;
using TraffickingCare.Web.Data;
using TraffickingCare.Web.Data.Encryption;

namespace TraffickingCare.IntegrationTests.Infrastructure;

/// <summary>
/// The real app on a real SQLite file with the real migrations, one database and key ring per factory,
/// a fake clock, and its own log folder (so tests can read what the app logged). Its execution strategy says it
/// retries, as SQL Server's does in production (<see cref="RetryingLikeSqlServer"/>).
/// </summary>
public class AppFactory : WebApplicationFactory<Program>
{
    // Many hosts run at once. Each watches wwwroot (for asp-append-version) and its settings files;
    // with inotify a machine's limit of 128 watchers per user is soon reached and a request fails
    // with a 500. Polling watchers need no inotify instance.
    static AppFactory()
    {
        Environment.SetEnvironmentVariable("DOTNET_USE_POLLING_FILE_WATCHER", "true");
        Environment.SetEnvironmentVariable("DOTNET_hostBuilder__reloadConfigOnChange", "false");
    }

    public const string DemoPassword = "Integracioni-Test-Lozinka";

    public AppFactory()
    {
        Folder = Path.Combine(Path.GetTempPath(), "traffickingcare-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Folder);
    }

    public string Folder { get; }

    public string DatabasePath => Path.Combine(Folder, "app.db");

    /// <summary>Where the app keeps the encrypted attachments.</summary>
    public string AttachmentsFolder => Path.Combine(Folder, "attachments");

    public string LogFolder => Path.Combine(Folder, "logs");

    /// <summary>Where the app "sends" mail: its pickup folder, read by <see cref="Mailbox"/>.</summary>
    public string MailFolder => Path.Combine(Folder, "mail");

    /// <summary>The configured public address; links in mails are built on it, whatever Host a request names.</summary>
    public const string PublicBaseUrl = "https://tc.test.example";

    /// <summary>
    /// Starts at the real time: the test client's cookie jar judges cookie expiry by the real clock. The one read
    /// of the real clock in the tests; everything else takes its time from this one, so it moves with it.
    /// </summary>
    public FakeTimeProvider Clock { get; } = new(TimeProvider.System.GetUtcNow());

    /// <summary>Overrides of configuration for one factory (set before the first client is created).</summary>
    public Dictionary<string, string?> Settings { get; } = [];

    public string EnvironmentName { get; set; } = "Development";

    /// <summary>Set on the one factory per test run that builds <see cref="TemplateDatabase"/>.</summary>
    private bool isTemplate;

    /// <summary>
    /// A Development host whose settings do not change what the start-up writes (seed, keys, database) starts from a
    /// copy of the template: the same migrated and seeded file and key ring it would have made itself, in a fraction
    /// of the time. The app still runs its migrations and seed on the copy; both find nothing to do.
    /// </summary>
    private bool StartsFromTemplate =>
        EnvironmentName == "Development"
        && !Settings.Keys.Any(key => key.StartsWith("Seed:", StringComparison.Ordinal)
            || key.StartsWith("DataProtection:", StringComparison.Ordinal)
            || key.StartsWith("ConnectionStrings:", StringComparison.Ordinal)
            || key.StartsWith("Database:", StringComparison.Ordinal));

    /// <summary>
    /// The database and key ring a default factory makes on its first start, built once per test run by a real start
    /// (migrations and seed) and copied into each default factory's folder before its host starts.
    /// </summary>
    private static class TemplateDatabase
    {
        private static readonly Lazy<string> Folder = new(Build, LazyThreadSafetyMode.ExecutionAndPublication);

        /// <remarks>
        /// A second host on the same folder (a test's <c>WithWebHostBuilder</c> after the first host started) opens the
        /// database the first one copied, with what the test arranged in it (copying again failed: the file exists).
        /// </remarks>
        public static void CopyTo(string target)
        {
            if (File.Exists(Path.Combine(target, "app.db")))
            {
                return;
            }

            var source = Folder.Value;
            foreach (var file in Directory.EnumerateFiles(source, "app.db*"))
            {
                File.Copy(file, Path.Combine(target, Path.GetFileName(file)));
            }

            var keys = Path.Combine(target, "keys");
            Directory.CreateDirectory(keys);
            foreach (var file in Directory.EnumerateFiles(Path.Combine(source, "keys")))
            {
                File.Copy(file, Path.Combine(keys, Path.GetFileName(file)));
            }
        }

        /// <summary>
        /// The field protector of every host started from the template: they all hold copies of its key ring. EF keys
        /// its model by the protector (<c>AppModelCacheKeyFactory</c>), and every query it compiles by the model, so a
        /// protector per host made each host build the model and compile each of its queries again (and the runtime
        /// finalise the compiled code of each host that ended): a quarter of the suite's CPU.
        /// </summary>
        public static FieldProtector FieldProtector => SharedProtector.Value;

        private static readonly Lazy<FieldProtector> SharedProtector = new(
            () => new FieldProtector(DataProtectionProvider.Create(new DirectoryInfo(Path.Combine(Folder.Value, "keys")), b => b.SetApplicationName(AppName))),
            LazyThreadSafetyMode.ExecutionAndPublication);

        private const string AppName = "TraffickingCare";

        private static string Build()
        {
            var template = new AppFactory { isTemplate = true };
            _ = template.Server;

            // The key ring has its key before any host copies it (the shared protector must never make one of its own).
            template.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector(FieldProtector.Purpose).Protect("template");
            template.keepFolder = true;
            template.Dispose();
            return template.Folder;
        }
    }

    private bool keepFolder;

    /// <summary>Adds the test-only controllers of this assembly (GET /__test/...) to this app.</summary>
    public bool IncludeTestEndpoints { get; set; }

    /// <summary>
    /// The iteration count of the password hash in tests. Production keeps Identity's own (100,000 rounds of
    /// PBKDF2, proven by PasswordHashingTests): a fifth of a second of CPU for every sign-in and every password set,
    /// which over a run's thousands of sign-ins was minutes. A sign-in still checks the password against its stored
    /// hash, only a cheaper one. The template database is seeded by a test factory, so its hashes are of this count
    /// too and no sign-in finds a hash to upgrade.
    /// </summary>
    public const int TestPasswordIterations = 1_000;

    /// <summary>Set false to hash passwords as production does (to prove production's setting).</summary>
    public bool CheapPasswordHashing { get; set; } = true;

    /// <summary>A Production host with proper secrets: no demo users, two-factor forced on, HTTPS base address.</summary>
    public static AppFactory Production()
    {
        var factory = new AppFactory { EnvironmentName = "Production" };
        factory.Settings["Seed:DemoUsers"] = "false";
        factory.Settings["Seed:DemoPassword"] = null;
        factory.Settings["App:PublicBaseUrl"] = PublicBaseUrl;
        factory.Settings["Mail:PickupFolder"] = null;
        factory.Settings["DataProtection:SearchIndexKey"] = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));
        factory.Settings["DataProtection:AuditChainKey"] = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));
        factory.Settings["AllowedHosts"] = "tc.example.org;localhost";
        return factory;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        if (!isTemplate && StartsFromTemplate)
        {
            TemplateDatabase.CopyTo(Folder);
        }

        builder.UseEnvironment(EnvironmentName);
        if (!isTemplate && StartsFromTemplate)
        {
            // The copy is of a database the template's start migrated: checking it again finds nothing to do, at a
            // model diff's cost per host. Every other host (its own database or settings) migrates as production does.
            builder.UseSetting("Database:MigrateOnStartup", "false");
        }

        builder.UseSetting("ConnectionStrings:Sqlite", $"Data Source={DatabasePath}");
        builder.UseSetting("DataProtection:KeyRingPath", Path.Combine(Folder, "keys"));
        builder.UseSetting("Storage:AttachmentsPath", AttachmentsFolder);
        builder.UseSetting("Seed:DemoUsers", "true");
        builder.UseSetting("Seed:DemoPassword", DemoPassword);
        builder.UseSetting("Mail:PickupFolder", MailFolder);
        builder.UseSetting("App:PublicBaseUrl", PublicBaseUrl);

        // Tests arrange their own referrals; one test opts in to the demo data.
        builder.UseSetting("Seed:DemoReferrals", "0");
        builder.UseSetting("Security:SignInPermitsPerMinute", "10000");

        // The audit chain is sealed when a test means it to (AuditChainSealer), not by a timer beside the test's own commands.
        builder.UseSetting("Audit:SealIntervalSeconds", "0");

        // The sinks stay those of appsettings.json (the console one turned into a file, to keep test
        // output quiet); only their files move into this factory's folder. Set as app configuration:
        // a UseSetting of a key inside the WriteTo array made each sink entry read as an empty string,
        // which Serilog took for a sink named "" and dropped without a word (only SelfLog saw it).
        builder.ConfigureAppConfiguration((_, configuration) => configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Serilog:WriteTo:0:Name"] = "File",
            ["Serilog:WriteTo:0:Args:path"] = Path.Combine(LogFolder, "console-.log"),
            ["Serilog:WriteTo:1:Args:path"] = Path.Combine(LogFolder, "app-.log"),
        }));
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureServices(services =>
        {
            services.Replace(ServiceDescriptor.Singleton<TimeProvider>(Clock));
            if (!isTemplate && StartsFromTemplate)
            {
                services.Replace(ServiceDescriptor.Singleton(TemplateDatabase.FieldProtector));
            }

            services.ConfigureDbContext<SqliteAppDbContext>(options =>
                new SqliteDbContextOptionsBuilder(options).ExecutionStrategy(dependencies => new RetryingLikeSqlServer(dependencies)));
            services.AddSingleton<Serilog.Core.ILogEventSink>(Errors);
            if (CheapPasswordHashing)
            {
                services.Configure<PasswordHasherOptions>(o => o.IterationCount = TestPasswordIterations);
            }

            if (IncludeTestEndpoints)
            {
                services.AddControllers().AddApplicationPart(typeof(ThrowingController).Assembly);
            }
        });
    }

    /// <summary>The app's errors, so that a test failing on an unexpected status can say why.</summary>
    public CollectingLogSink Errors { get; } = new(Serilog.Events.LogEventLevel.Error);

    /// <summary>Cases, referrals and signed-in clients for a test to start from.</summary>
    public Arrange Arrange => new(this);

    public TestClient CreateTestClient() =>
        new(CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true }), () => Errors.All);

    /// <summary>A scope for arranging or checking data directly; changes made here are audited as "system".</summary>
    public async Task<T> WithDbAsync<T>(Func<AppDbContext, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<AppDbContext>());
    }

    public async Task WithDbAsync(Func<AppDbContext, Task> work)
    {
        await using var scope = Services.CreateAsyncScope();
        await work(scope.ServiceProvider.GetRequiredService<AppDbContext>());
    }

    /// <summary>
    /// One value read with plain SQL, past EF and its decryption: what is really stored in a column (an encrypted
    /// field must not hold its text).
    /// </summary>
    public async Task<string?> RawAsync(string sql)
    {
        await using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={DatabasePath}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync() as string;
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            if (keepFolder)
            {
                return;
            }

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
