using Microsoft.AspNetCore.Identity;
using TraffickingCare.Web.Identity;
using static TraffickingCare.Web.Features.Shared.Accounts.UserAudit;

namespace TraffickingCare.Web.Features.Shared.Accounts;

/// <summary>
/// The two resets, applied by an administrator directly or, for a privileged account, on approval.
/// Each changes the security stamp, so the user is signed out on their next request.
/// </summary>
public sealed class AccountResets(UserManager<AppUser> users)
{
    /// <summary>For a lost phone: the user enrols a new authenticator at their next sign-in.</summary>
    public static Dictionary<string, object> TwoFactorChanges(AppUser user) =>
        new() { ["TwoFactorEnabled"] = Change(user.TwoFactorEnabled, false), ["AuthenticatorKey"] = Secret() };

    public static Dictionary<string, object> PasswordChanges(AppUser user) => new() { ["PasswordHash"] = Secret() };

    public Task<IdentityResult> ResetTwoFactorAsync(AppUser user) => StepsAsync(
        () => users.SetTwoFactorEnabledAsync(user, false),
        () => users.ResetAuthenticatorKeyAsync(user));

    /// <summary>
    /// Removes the password (a leaked one stops working at once); the caller sends a new link. An
    /// earlier lockout is lifted: the link's holder proves who they are.
    /// </summary>
    public Task<IdentityResult> ResetPasswordAsync(AppUser user) => StepsAsync(
        async () => await users.HasPasswordAsync(user) ? await users.RemovePasswordAsync(user) : await users.UpdateSecurityStampAsync(user),
        () => users.ResetAccessFailedCountAsync(user),
        () => users.SetLockoutEndDateAsync(user, null));

    private static async Task<IdentityResult> StepsAsync(params Func<Task<IdentityResult>>[] steps)
    {
        foreach (var step in steps)
        {
            var result = await step();
            if (!result.Succeeded)
            {
                return result;
            }
        }

        return IdentityResult.Success;
    }
}
