using Microsoft.AspNetCore.Identity;
using TraffickingCare.Domain.Auditing;
using TraffickingCare.Web.Identity;
using static TraffickingCare.Web.Features.Users.UserAudit;

namespace TraffickingCare.Web.Features.Users;

/// <summary>
/// An administrator's actions on another account. Each one changes the security stamp, which is
/// checked on every request: the user is signed out on their very next request.
/// </summary>
public sealed class UserAccountHandler(UserManager<AppUser> users, UserAudit audit, ILogger<UserAccountHandler> logger)
{
    public Task<UserActionOutcome> DisableAsync(UserActionForm form, string actorId) =>
        ApplyAsync(form, actorId, "Disable", u => new() { ["IsDisabled"] = Change(u.IsDisabled, true) }, user =>
        {
            user.IsDisabled = true;
            return users.UpdateSecurityStampAsync(user);
        });

    public Task<UserActionOutcome> EnableAsync(UserActionForm form, string actorId) =>
        ApplyAsync(form, actorId, "Enable", u => new() { ["IsDisabled"] = Change(u.IsDisabled, false) }, user =>
        {
            user.IsDisabled = false;
            return users.UpdateSecurityStampAsync(user);
        });

    /// <summary>For a lost phone: the user enrols a new authenticator at their next sign-in.</summary>
    public Task<UserActionOutcome> ResetTwoFactorAsync(UserActionForm form, string actorId) =>
        ApplyAsync(form, actorId, "ResetTwoFactor", u => new() { ["TwoFactorEnabled"] = Change(u.TwoFactorEnabled, false), ["AuthenticatorKey"] = Secret() }, user => StepsAsync(
            () => users.SetTwoFactorEnabledAsync(user, false),
            () => users.ResetAuthenticatorKeyAsync(user)));

    /// <summary>
    /// Removes the password (a leaked one stops working at once) and returns a new one-time link's
    /// token. An earlier lockout is lifted: the link's holder proves who they are.
    /// </summary>
    public async Task<(UserActionOutcome Outcome, string? Token, string? DisplayName)> ResetPasswordAsync(UserActionForm form, string actorId)
    {
        AppUser? target = null;
        var outcome = await ApplyAsync(form, actorId, "ResetPassword", _ => new() { ["PasswordHash"] = Secret() }, async user =>
        {
            target = user;
            return await StepsAsync(
                async () => await users.HasPasswordAsync(user) ? await users.RemovePasswordAsync(user) : await users.UpdateSecurityStampAsync(user),
                () => users.ResetAccessFailedCountAsync(user),
                () => users.SetLockoutEndDateAsync(user, null));
        });
        return outcome == UserActionOutcome.Done && target is not null
            ? (outcome, await users.GeneratePasswordResetTokenAsync(target), target.DisplayName)
            : (outcome, null, null);
    }

    private async Task<UserActionOutcome> ApplyAsync(
        UserActionForm form, string actorId, string action, Func<AppUser, Dictionary<string, object>> describe, Func<AppUser, Task<IdentityResult>> change)
    {
        var user = await users.FindByIdAsync(form.UserId!);
        if (user is null)
        {
            return UserActionOutcome.NotFound;
        }

        // An administrator cannot lock themself out, and so there is always one left who can act.
        if (user.Id == actorId)
        {
            return UserActionOutcome.OwnAccount;
        }

        // Identity's own concurrency check covers a change between this read and the save.
        var changes = describe(user);
        if (!string.Equals(user.ConcurrencyStamp, form.ConcurrencyStamp, StringComparison.Ordinal)
            || !(await change(user)).Succeeded)
        {
            return UserActionOutcome.Stale;
        }

        await audit.RecordAsync(AuditAction.Updated, user, changes);
        logger.Changed(actorId, action, user.Id);
        return UserActionOutcome.Done;
    }

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
