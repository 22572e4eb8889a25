using Microsoft.AspNetCore.Identity;
using TraffickingCare.Domain.Accounts;
using TraffickingCare.Domain.Auditing;
using TraffickingCare.Web.Features.Shared.Accounts;
using TraffickingCare.Web.Identity;
using TraffickingCare.Web.Infrastructure.Mvc;

namespace TraffickingCare.Web.Features.Users;

/// <summary>
/// The steps every administrator's action on another account takes (the handlers differ only in the change).
/// Each change alters the security stamp, which is checked on every request: the user is signed out on their
/// very next request. A reset of a privileged account only asks for it (<see cref="PrivilegedAccounts"/>).
/// </summary>
public sealed class UserAccountChange(UserManager<AppUser> users, UserAudit audit, PrivilegedAccounts privileged, ILogger<UserAccountChange> logger)
{
    /// <param name="fourEyes">The request a privileged account gets instead of the change; null when any account is changed directly.</param>
    /// <param name="describe">The audit's changes, read before the change.</param>
    /// <param name="needsEmail">Refuse an account without an address: the change is useless without a link sent to it.</param>
    /// <returns>The result, and the account when it was changed (null when refused or only requested).</returns>
    public async Task<(ChangeResult Result, AppUser? Changed)> ApplyAsync(
        UserActionForm form,
        string actorId,
        UserAction action,
        PrivilegedChangeKind? fourEyes,
        Func<AppUser, Dictionary<string, object>> describe,
        Func<AppUser, Task<IdentityResult>> change,
        bool needsEmail = false)
    {
        var user = await users.FindByIdAsync(form.UserId!);
        if (user is null)
        {
            return (ChangeResult.Refused("Users.Errors.NotFound"), null);
        }

        // An administrator cannot lock themself out, and so there is always one left who can act.
        if (user.Id == actorId)
        {
            return (ChangeResult.Refused("Users.Errors.OwnAccount"), null);
        }

        if (!string.Equals(user.ConcurrencyStamp, form.ConcurrencyStamp, StringComparison.Ordinal))
        {
            return (ChangeResult.Refused(ChangeResult.ConflictKey), null);
        }

        // Checked before anything changes: a password removed with no way to send a new link locks the user out.
        if (needsEmail && string.IsNullOrWhiteSpace(user.Email))
        {
            return (ChangeResult.Refused("Users.Errors.NoEmail"), null);
        }

        if (fourEyes is { } kind && await privileged.RoleOfAsync(user) is { } role)
        {
            return (await privileged.RequestAsync(kind, user, role, actorId)
                ? ChangeResult.Done with { DoneKey = "Users.AwaitingApproval" }
                : ChangeResult.Refused("Users.Errors.AlreadyRequested"), null);
        }

        // Identity's own concurrency check covers a change between this read and the save.
        var changes = describe(user);
        if (!(await change(user)).Succeeded)
        {
            return (ChangeResult.Refused(ChangeResult.ConflictKey), null);
        }

        await audit.RecordAsync(AuditAction.Updated, user, changes);
        logger.Changed(actorId, action.ToString(), user.Id);
        return (ChangeResult.Done, user);
    }
}
