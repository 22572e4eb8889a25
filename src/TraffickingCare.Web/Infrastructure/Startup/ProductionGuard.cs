namespace TraffickingCare.Web.Infrastructure.Startup;

/// <summary>
/// Refuses to start any host but a Development one (Production, Staging, a test copy: each may hold
/// real case files) that would protect victims' data with defaults: no key ring location (keys would
/// vanish with the container, and every encrypted field with them), the public development search or audit chain key,
/// the Development demo password, a placeholder SQL Server password of docker-compose.yml, or a
/// host that answers to any Host header.
/// </summary>
public static class ProductionGuard
{
    public const string DevelopmentDemoPassword = "Demo-Lozinka-2026";
    public const string PlaceholderSqlPassword = "Change-This-Sql-Passw0rd";

    /// <summary>The placeholder passwords of docker-compose.yml: the administrator's, the migration login's and the app's.</summary>
    public static readonly string[] PlaceholderSqlPasswords = [PlaceholderSqlPassword, "Change-This-Migrator-Passw0rd", "Change-This-App-Passw0rd"];

    public static IReadOnlyList<string> Problems(IConfiguration configuration, IHostEnvironment environment)
    {
        if (environment.IsDevelopment())
        {
            return [];
        }

        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(configuration[Security.KeyRingFolder.ConfigurationKey]))
        {
            problems.Add(Security.KeyRingFolder.ConfigurationKey + " must name a persistent, backed-up folder.");
        }

        // Without it the encrypted documents would be written inside the app's folder, lost with the container.
        if (string.IsNullOrWhiteSpace(configuration[Storage.StorageOptions.AttachmentsPathKey]))
        {
            problems.Add(Storage.StorageOptions.AttachmentsPathKey + " must name a persistent, backed-up folder outside the app (the attachments).");
        }

        if (!Data.PersonSearch.BlindIndexKey.IsAcceptableForProduction(configuration[Data.PersonSearch.BlindIndexKey.ConfigurationKey]))
        {
            problems.Add(Data.PersonSearch.BlindIndexKey.ConfigurationKey + " must be a random key of at least 32 bytes, in base64, kept like the key ring.");
        }

        if (!Data.Auditing.AuditChainKey.IsAcceptableForProduction(configuration[Data.Auditing.AuditChainKey.ConfigurationKey]))
        {
            problems.Add(Data.Auditing.AuditChainKey.ConfigurationKey + " must be a random key of at least 32 bytes, in base64, kept like the key ring for as long as the audit trail.");
        }

        if (configuration["Seed:DemoPassword"] == DevelopmentDemoPassword || configuration.GetValue<bool>("Seed:DemoUsers"))
        {
            problems.Add("Seed:DemoPassword / Seed:DemoUsers are for Development only.");
        }

        var sqlServer = configuration.GetConnectionString("SqlServer") ?? string.Empty;
        if (PlaceholderSqlPasswords.Any(p => sqlServer.Contains(p, StringComparison.Ordinal)))
        {
            problems.Add("ConnectionStrings:SqlServer still carries a placeholder password of docker-compose.yml.");
        }

        // This switch trusts X-Forwarded-For from anyone, defeating Proxy:KnownNetworks and the sign-in rate limit.
        if (configuration.GetValue<bool>("FORWARDEDHEADERS_ENABLED") || configuration.GetValue<bool>("ASPNETCORE_FORWARDEDHEADERS_ENABLED"))
        {
            problems.Add("ASPNETCORE_FORWARDEDHEADERS_ENABLED must not be set; name the proxies in Proxy:KnownNetworks.");
        }

        // Links in mails are built on this address, never on the request's (forgeable) Host header.
        if (!Features.Shared.Accounts.PublicLinks.IsAcceptableForProduction(configuration[Features.Shared.Accounts.PublicLinks.BaseUrlKey]))
        {
            problems.Add(Features.Shared.Accounts.PublicLinks.BaseUrlKey + " must be the https address people reach the app by.");
        }

        // The pickup folder keeps every mail, live set-password links included, as a file on the server.
        if (!string.IsNullOrWhiteSpace(configuration["Mail:PickupFolder"]))
        {
            problems.Add("Mail:PickupFolder is for Development only: it keeps set-password links on disk; set Mail:Host.");
        }

        // The capture file holds the parameters of the commands it records: whatever the pages read and wrote.
        if (!string.IsNullOrWhiteSpace(configuration[Diagnostics.SqlCaptureOptions.FileKey]))
        {
            problems.Add(Diagnostics.SqlCaptureOptions.FileKey + " is for Development only: it writes the SQL's parameter values to a file.");
        }

        if (!configuration.GetValue("Security:RequireTwoFactor", true))
        {
            problems.Add("Security:RequireTwoFactor cannot be switched off outside Development.");
        }

        // Host filtering refuses requests for other names (a forged Host header in links and redirects).
        var hosts = (configuration["AllowedHosts"] ?? string.Empty).Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (hosts.Length == 0 || hosts.Contains("*"))
        {
            problems.Add("AllowedHosts must name the site's host name(s), e.g. tc.example.org; \"*\" is for Development only.");
        }

        return problems;
    }

    public static void Verify(IConfiguration configuration, IHostEnvironment environment)
    {
        var problems = Problems(configuration, environment);
        if (problems.Count > 0)
        {
            throw new InvalidOperationException("Refusing to start with default secrets: " + string.Join(" ", problems));
        }
    }
}
