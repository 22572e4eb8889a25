using Microsoft.AspNetCore.Identity;
using TraffickingCare.Domain.Accounts;
using TraffickingCare.Domain.Auditing;
using TraffickingCare.Web.Features.Shared.Accounts;
using TraffickingCare.Web.Identity;
using static TraffickingCare.Web.Features.Shared.Accounts.UserAudit;

namespace TraffickingCare.Web.Features.Users;

/// <summary>
/// An administrator's actions on another account. Each one changes the security stamp, which is
/// checked on every request: the user is signed out on their very next request. A reset of a
/// privileged account only asks for it (<see cref="PrivilegedAccounts"/>): a second person approves.
/// </summary>
public sealed class UserAccountHandler(
    UserManager<AppUser> users, UserAudit audit, AccountResets resets, PrivilegedAccounts privileged, SetPasswordLinkDelivery links, ILogger<UserAccountHandler> logger)
{
    public async Task<UserActionOutcome> DisableAsync(UserActionForm form, string actorId) =>
        (await ApplyAsync(form, actorId, "Disable", null, u => new() { ["IsDisabled"] = Change(u.IsDisabled, true) }, user =>
        {
            user.IsDisabled = true;
            return users.UpdateSecurityStampAsync(user);
        })).Outcome;

    public async Task<UserActionOutcome> EnableAsync(UserActionForm form, string actorId) =>
        (await ApplyAsync(form, actorId, "Enable", null, u => new() { ["IsDisabled"] = Change(u.IsDisabled, false) }, user =>
        {
            user.IsDisabled = false;
            return users.UpdateSecurityStampAsync(user);
        })).Outcome;

    public async Task<UserActionOutcome> ResetTwoFactorAsync(UserActionForm form, string actorId) =>
        (await ApplyAsync(form, actorId, "ResetTwoFactor", PrivilegedChangeKind.ResetTwoFactor, AccountResets.TwoFactorChanges, resets.ResetTwoFactorAsync)).Outcome;

    /// <summary>The new link goes to the account's own address; the result names it masked, never the link.</summary>
    public async Task<(UserActionOutcome Outcome, string? SentTo)> ResetPasswordAsync(UserActionForm form, string actorId, CancellationToken ct)
    {
        var (outcome, user) = await ApplyAsync(form, actorId, "ResetPassword", PrivilegedChangeKind.ResetPassword, AccountResets.PasswordChanges, resets.ResetPasswordAsync, needsEmail: true);
        if (outcome != UserActionOutcome.Done)
        {
            return (outcome, null);
        }

        var sentTo = await links.SendAsync(user!, ct);
        return sentTo is null ? (UserActionOutcome.LinkNotSent, null) : (outcome, sentTo);
    }

    private async Task<(UserActionOutcome Outcome, AppUser? User)> ApplyAsync(
        UserActionForm form,
        string actorId,
        string action,
        PrivilegedChangeKind? fourEyes,
        Func<AppUser, Dictionary<string, object>> describe,
        Func<AppUser, Task<IdentityResult>> change,
        bool needsEmail = false)
    {
        var user = await users.FindByIdAsync(form.UserId!);
        if (user is null)
        {
            return (UserActionOutcome.NotFound, null);
        }

        // An administrator cannot lock themself out, and so there is always one left who can act.
        if (user.Id == actorId)
        {
            return (UserActionOutcome.OwnAccount, user);
        }

        if (!string.Equals(user.ConcurrencyStamp, form.ConcurrencyStamp, StringComparison.Ordinal))
        {
            return (UserActionOutcome.Stale, user);
        }

        // Checked before anything changes: a password removed with no way to send a new link locks the user out.
        if (needsEmail && string.IsNullOrWhiteSpace(user.Email))
        {
            return (UserActionOutcome.NoEmail, user);
        }

        if (fourEyes is { } kind && await privileged.RoleOfAsync(user) is { } role)
        {
            return (await privileged.RequestAsync(kind, user, role, actorId) ? UserActionOutcome.AwaitingApproval : UserActionOutcome.AlreadyRequested, user);
        }

        // Identity's own concurrency check covers a change between this read and the save.
        var changes = describe(user);
        if (!(await change(user)).Succeeded)
        {
            return (UserActionOutcome.Stale, user);
        }

        await audit.RecordAsync(AuditAction.Updated, user, changes);
        logger.Changed(actorId, action, user.Id);
        return (UserActionOutcome.Done, user);
    }
}
