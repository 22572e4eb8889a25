using System.Globalization;
using Microsoft.AspNetCore.Identity;
using TraffickingCare.Web.Data.Seeding;
using TraffickingCare.Web.Identity;

namespace TraffickingCare.Web.Infrastructure.Startup;

/// <summary>
/// Operator commands run with the app's own configuration, e.g.
/// <c>dotnet TraffickingCare.Web.dll bootstrap-admin --user ime.prezime --name "Ime Prezime" --base-url https://tc.example</c>,
/// or in Development <c>seed --cases 100000 [--referrals 150000]</c> (synthetic data for load measurements).
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
            default:
                throw new InvalidOperationException($"Unknown command '{args[0]}'.");
        }
    }

    // The first administrator of a new installation; every other account is made on the Users screen.
    private static async Task BootstrapAdminAsync(IServiceProvider services, string[] args)
    {
        var userName = Option(args, "--user") ?? throw new InvalidOperationException("--user is required.");
        var displayName = Option(args, "--name") ?? userName;
        var baseUrl = (Option(args, "--base-url") ?? "http://127.0.0.1:5000").TrimEnd('/');
        var users = services.GetRequiredService<UserManager<AppUser>>();
        var user = new AppUser
        {
            UserName = userName,
            DisplayName = displayName,
            EmailConfirmed = true,
            CreatedAtUtc = services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime,
        };
        var result = await users.CreateAsync(user);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join(" ", result.Errors.Select(e => e.Description)));
        }

        await users.AddToRoleAsync(user, Roles.Administrator);
        var token = await users.GeneratePasswordResetTokenAsync(user);
        var link = $"{baseUrl}/Account/SetPassword?userId={Uri.EscapeDataString(user.Id)}&token={Uri.EscapeDataString(token)}";
        await Console.Out.WriteLineAsync(link);
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

    private static string? Option(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }
}
