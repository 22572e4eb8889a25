using System.Globalization;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using TraffickingCare.Domain.Accounts;
using TraffickingCare.Web.Data;
using TraffickingCare.Web.Data.Seeding;
using TraffickingCare.Web.Features.Shared.Accounts;
using TraffickingCare.Web.Identity;
using TraffickingCare.Web.Infrastructure.Backup;

namespace TraffickingCare.Web.Infrastructure.Startup;

/// <summary>
/// Operator commands run with the app's own configuration, e.g.
/// <c>dotnet TraffickingCare.Web.dll bootstrap-admin --user ime.prezime --email ime.prezime@centar.example --name "Ime Prezime" [--role Management]</c>,
/// <c>migrate</c> (the migrations and the start-up initialisation, then exit: for a login allowed to change the schema,
/// while the app's own login only reads and writes data), or in Development <c>seed --cases 100000 [--referrals 150000]</c>
/// (synthetic data for load measurements), <c>audit seal</c> and <c>audit verify</c> (the audit chain),
/// <c>retention run [--dry-run]</c> (anonymises what is past its retention period),
/// <c>backup --to DIR</c> and <c>restore --from DIR</c> (<see cref="TryRunBeforeDatabaseAsync"/>).
/// </summary>
public static class CommandLine
{
    public static async Task<bool> TryRunAsync(WebApplication app, string[] args)
    {
        if (args.Length == 0 || args[0].StartsWith('-'))
        {
            return false;
        }

        await using var scope = app.Services.CreateAsyncScope();
        switch (args[0])
        {
            case "bootstrap-admin":
                await BootstrapAdminAsync(scope.ServiceProvider, args);
                return true;
            case "seed":
                await SeedAsync(app, scope.ServiceProvider, args);
                return true;
            case "migrate":
                // The start-up initialisation has run (migrations, if Database:MigrateOnStartup, then roles and code
                // lists): the command only ends there, for a one-off run under the login that may change the schema.
                await Console.Out.WriteLineAsync("The database is up to date.");
                return true;
            case "audit":
                await AuditAsync(scope.ServiceProvider, args, app.Lifetime.ApplicationStopping);
                return true;
            case "retention":
                await RetentionAsync(scope.ServiceProvider, args, app.Lifetime.ApplicationStopping);
                return true;
            default:
                throw new InvalidOperationException($"Unknown command '{args[0]}'.");
        }
    }

    /// <summary>
    /// The commands that must find the database, the key ring and the attachments as they are, before the start-up
    /// initialisation migrates, seeds or makes a key: <c>backup --to DIR</c> and <c>restore --from DIR</c>.
    /// </summary>
    public static async Task<bool> TryRunBeforeDatabaseAsync(WebApplication app, string[] args)
    {
        if (args.Length == 0 || args[0] is not ("backup" or "restore"))
        {
            return false;
        }

        await using var scope = app.Services.CreateAsyncScope();
        var ct = app.Lifetime.ApplicationStopping;
        try
        {
            if (args[0] == "backup")
            {
                var folder = Option(args, "--to") ?? throw new BackupException("Use: backup --to DIR (a new or empty folder).");
                var manifest = await scope.ServiceProvider.GetRequiredService<BackupWriter>().WriteAsync(Path.GetFullPath(folder), ct);
                await Console.Out.WriteLineAsync($"Backup {manifest.Id} taken: {manifest.Files.Count:N0} files, {manifest.Files.Sum(f => f.Bytes):N0} bytes, {manifest.Rows.Values.Sum():N0} rows in {manifest.Rows.Count:N0} tables.");
            }
            else
            {
                var folder = Option(args, "--from") ?? throw new BackupException("Use: restore --from DIR (a folder the backup command wrote).");
                var manifest = await scope.ServiceProvider.GetRequiredService<BackupRestorer>().RestoreAsync(Path.GetFullPath(folder), ct);
                await Console.Out.WriteLineAsync($"Backup {manifest.Id} of {manifest.TakenAtUtc:u} restored: {manifest.Files.Count:N0} files match the manifest, {manifest.Rows.Values.Sum():N0} rows in {manifest.Rows.Count:N0} tables.");
                var chain = await scope.ServiceProvider.GetRequiredService<Data.Auditing.AuditChainVerifier>().VerifyAsync(null, ct);
                await Console.Out.WriteLineAsync(chain.Describe());
                Environment.ExitCode = chain.IsIntact ? 0 : 1;
            }
        }
        catch (BackupException refused)
        {
            await Console.Error.WriteLineAsync(refused.Message);
            Environment.ExitCode = 1;
        }

        return true;
    }

    private static async Task BootstrapAdminAsync(IServiceProvider services, string[] args) =>
        await Console.Out.WriteLineAsync((await BootstrapAccountAsync(services, args)).AbsoluteUri);

    /// <summary>
    /// The first administrator of a new installation, and the first management account (<c>--role Management</c>):
    /// every other privileged account needs a second person's approval, and at the start there is none. The
    /// operator, who already holds the server, the database and the key ring, is that second person here; the
    /// change is recorded as the operator's, so management sees it. The link is for the operator's console only.
    /// </summary>
    internal static async Task<Uri> BootstrapAccountAsync(IServiceProvider services, string[] args)
    {
        var userName = Option(args, "--user") ?? throw new InvalidOperationException("--user is required.");
        var email = Option(args, "--email") ?? throw new InvalidOperationException("--email is required (later set-password links are mailed there).");
        var displayName = Option(args, "--name") ?? userName;
        var role = Option(args, "--role") ?? Roles.Administrator;
        if (role is not (Roles.Administrator or Roles.Management))
        {
            throw new InvalidOperationException("--role must be Administrator or Management.");
        }

        var users = services.GetRequiredService<UserManager<AppUser>>();
        var db = services.GetRequiredService<AppDbContext>();
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;

        // The account, its role and the record of the operator's change in one transaction, run by the execution
        // strategy (SQL Server's retrying strategy refuses one begun outside it); a retry starts afresh.
        var user = await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            db.ChangeTracker.Clear();
            var user = new AppUser { UserName = userName, DisplayName = displayName, Email = email, EmailConfirmed = true, CreatedAtUtc = now };
            await using var transaction = await db.Database.BeginTransactionAsync();
            var result = await users.CreateAsync(user);
            if (result.Succeeded)
            {
                result = await users.AddToRoleAsync(user, role);
            }

            if (!result.Succeeded)
            {
                throw new InvalidOperationException(string.Join(" ", result.Errors.Select(e => e.Description)));
            }

            db.PrivilegedChanges.Add(PrivilegedChange.ByOperator(user.Id, role, CurrentActor.System, now));
            await db.SaveChangesAsync();
            await transaction.CommitAsync();
            return user;
        });
        return services.GetRequiredService<PublicLinks>().SetPassword(user.Id, await users.GeneratePasswordResetTokenAsync(user));
    }

    // Synthetic data must never mix with real case files, so the command refuses anything but Development.
    private static async Task SeedAsync(WebApplication app, IServiceProvider services, string[] args)
    {
        if (!app.Environment.IsDevelopment())
        {
            throw new InvalidOperationException("seed runs in the Development environment only.");
        }

        var cases = int.Parse(Option(args, "--cases") ?? "1000", CultureInfo.InvariantCulture);
        var referrals = int.Parse(Option(args, "--referrals") ?? (cases * 3 / 2).ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        var result = await services.GetRequiredService<SyntheticCaseloadGenerator>()
            .GenerateAsync(cases, referrals, Console.Out, app.Lifetime.ApplicationStopping);
        await Console.Out.WriteLineAsync($"Seeded {result.Referrals:N0} referrals and {result.Cases:N0} cases in {result.Elapsed.TotalSeconds:N1} s.");
    }

    /// <summary>
    /// <c>audit seal</c> seals the rows written since the app last did; <c>audit verify</c> walks the whole chain and
    /// names the first row that does not hold (exit code 1), or prints the head an operator can note elsewhere.
    /// </summary>
    private static async Task AuditAsync(IServiceProvider services, string[] args, CancellationToken ct)
    {
        switch (args.ElementAtOrDefault(1))
        {
            case "seal":
                var sealedRows = await services.GetRequiredService<Data.Auditing.AuditChainSealer>().SealAsync(ct);
                await Console.Out.WriteLineAsync($"Sealed {sealedRows:N0} audit rows.");
                break;
            case "verify":
                var report = await services.GetRequiredService<Data.Auditing.AuditChainVerifier>().VerifyAsync(null, ct);
                await Console.Out.WriteLineAsync(report.Describe());
                Environment.ExitCode = report.IsIntact ? 0 : 1;
                break;
            default:
                throw new InvalidOperationException("Use: audit seal | audit verify");
        }
    }

    /// <summary>
    /// <c>retention run</c> anonymises the records past their retention period and prints what it did;
    /// <c>retention run --dry-run</c> lists them (case codes, referral ids: nothing that identifies a person) and changes nothing.
    /// </summary>
    private static async Task RetentionAsync(IServiceProvider services, string[] args, CancellationToken ct)
    {
        if (args.ElementAtOrDefault(1) != "run")
        {
            throw new InvalidOperationException("Use: retention run [--dry-run]");
        }

        var dryRun = args.Contains("--dry-run");
        var report = await services.GetRequiredService<Data.Retention.RetentionRun>().RunAsync(dryRun, ct);
        var output = Console.Out;
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"Cases closed before {report.CasesClosedBeforeUtc:yyyy-MM-dd}: {report.DueCases.Count:N0}; referrals without a case triaged before {report.ReferralsTriagedBeforeUtc:yyyy-MM-dd}: {report.DueReferrals.Count:N0}."));
        foreach (var due in report.DueCases)
        {
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"case {due.Code} closed {due.ClosedAtUtc:yyyy-MM-dd}"));
        }

        foreach (var held in report.HeldInShelter)
        {
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"case {held.Code} closed {held.ClosedAtUtc:yyyy-MM-dd}: held, its resident is still in the shelter (record her exit)"));
        }

        foreach (var due in report.DueReferrals)
        {
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"referral {due.Id} triaged {due.TriagedAtUtc:yyyy-MM-dd}"));
        }

        await output.WriteLineAsync(dryRun
            ? "Dry run: nothing was changed."
            : string.Create(CultureInfo.InvariantCulture,
                $"Anonymised {report.DueCases.Count:N0} cases, {report.DueReferrals.Count:N0} referrals, {report.PersonIdentities:N0} identities; {report.Attachments:N0} document files deleted."));
    }

    private static string? Option(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }
}
