using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using TraffickingCare.Web.Data.Tallies;
using TraffickingCare.Web.Identity;

namespace TraffickingCare.Web.Data.Seeding;

/// <summary>On start: migrate (if configured), make sure the roles and code lists exist, and in Development the demo accounts.</summary>
public sealed partial class DatabaseInitializer(
    AppDbContext db,
    RoleManager<IdentityRole> roles,
    UserManager<AppUser> users,
    CodeListSeeder codeLists,
    IndicatorSeeder indicators,
    DemoReferralSeeder demoReferrals,
    PersonSearch.PersonSearchIndex personSearch,
    Encryption.EncryptedColumnBackfill encryptionBackfill,
    ClearSecondFactorConversion clearSecondFactors,
    IOptions<DatabaseOptions> database,
    IOptions<SeedOptions> seed,
    IHostEnvironment environment,
    TimeProvider clock,
    ILogger<DatabaseInitializer> logger)
{
    public async Task InitialiseAsync(CancellationToken ct)
    {
        if (database.Value.MigrateOnStartup)
        {
            await db.Database.MigrateAsync(ct);
            LogMigrated(logger);
        }

        // Before anything reads a row: values written in clear before their column was encrypted.
        var encrypted = await encryptionBackfill.RunAsync(ct);
        if (encrypted > 0)
        {
            LogEncrypted(logger, encrypted);
        }

        // Once, on the first start after the report's counts kept per month were introduced.
        if (await KeptMonths.FillAsync(db, ct))
        {
            LogMonthsCounted(logger);
        }

        foreach (var role in Roles.All.Where(r => !roles.Roles.Any(x => x.Name == r)))
        {
            await roles.CreateAsync(new IdentityRole(role));
        }

        // Second factors stored in clear by an earlier version are encrypted or hashed, once.
        var converted = await clearSecondFactors.RunAsync(ct);
        if (converted > 0)
        {
            LogSecondFactorsConverted(logger, converted);
        }

        await codeLists.SeedAsync(ct);
        await indicators.SeedAsync(ct);

        // After a key rotation or a change of the name rules, the blind index is rebuilt here.
        var reindexed = await personSearch.RebuildStaleAsync(ct);
        if (reindexed > 0)
        {
            LogReindexed(logger, reindexed);
        }

        if (environment.IsDevelopment() && seed.Value.DemoUsers)
        {
            await SeedDemoUsersAsync();
            // The accounts always; the demo records unless an empty start was asked for (Seed:DemoData).
            await demoReferrals.SeedAsync(seed.Value, ct);
        }
    }

    private async Task SeedDemoUsersAsync()
    {
        var password = seed.Value.DemoPassword;
        if (string.IsNullOrWhiteSpace(password))
        {
            throw new InvalidOperationException("Seed:DemoPassword is required when Seed:DemoUsers is on.");
        }

        foreach (var (userName, displayName, role) in DemoUsers.All)
        {
            if (await users.FindByNameAsync(userName) is not null)
            {
                continue;
            }

            var user = new AppUser
            {
                UserName = userName,
                DisplayName = displayName,
                Email = $"{userName}@demo.invalid",
                EmailConfirmed = true,
                CreatedAtUtc = clock.GetUtcNow().UtcDateTime,
            };
            var created = await users.CreateAsync(user, password);
            if (!created.Succeeded)
            {
                throw new InvalidOperationException("Demo user could not be created: " + string.Join(", ", created.Errors.Select(e => e.Code)));
            }

            await users.AddToRoleAsync(user, role);
        }
    }

    [LoggerMessage(EventId = 1002, Level = LogLevel.Information, Message = "Person search index rebuilt for {Count} people")]
    private static partial void LogReindexed(ILogger logger, int count);

    [LoggerMessage(EventId = 1003, Level = LogLevel.Information, Message = "Plaintext of encrypted columns encrypted in {Count} rows")]
    private static partial void LogEncrypted(ILogger logger, int count);

    [LoggerMessage(EventId = 1004, Level = LogLevel.Information, Message = "{Count} second factors stored in clear were encrypted or hashed")]
    private static partial void LogSecondFactorsConverted(ILogger logger, int count);

    [LoggerMessage(EventId = 1005, Level = LogLevel.Information, Message = "The report's counts kept per month were counted for the records already held")]
    private static partial void LogMonthsCounted(ILogger logger);

    [LoggerMessage(EventId = 1001, Level = LogLevel.Information, Message = "Database migrated")]
    private static partial void LogMigrated(ILogger logger);
}
