using Microsoft.AspNetCore.Identity;
using TraffickingCare.Web.Identity;

namespace TraffickingCare.IntegrationTests.Infrastructure;

public static class TestUsers
{
    /// <summary>Creates an enabled user with the demo password and the given roles; returns the user id.</summary>
    public static async Task<string> CreateAsync(AppFactory factory, string userName, params string[] roles)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = new AppUser { UserName = userName, DisplayName = "Test " + userName, EmailConfirmed = true, CreatedAtUtc = factory.Clock.GetUtcNow().UtcDateTime };
        var result = await users.CreateAsync(user, AppFactory.DemoPassword);
        Assert.True(result.Succeeded, string.Join(", ", result.Errors.Select(e => e.Code)));
        await users.AddToRolesAsync(user, roles);
        return user.Id;
    }

    /// <summary>
    /// Creates a caseworker account with no password (it never signs in, as the seed's synthetic caseworkers), quickly
    /// enough to make a large centre; returns the user id.
    /// </summary>
    public static async Task<string> CaseworkerAsync(AppFactory factory, string userName, bool disabled = false)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = new AppUser { UserName = userName, DisplayName = "Test " + userName, IsDisabled = disabled, CreatedAtUtc = factory.Clock.GetUtcNow().UtcDateTime };
        Assert.True((await users.CreateAsync(user)).Succeeded);
        Assert.True((await users.AddToRoleAsync(user, Roles.Caseworker)).Succeeded);
        return user.Id;
    }
}
