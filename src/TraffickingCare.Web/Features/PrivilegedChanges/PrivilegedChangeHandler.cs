using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using TraffickingCare.Domain.Accounts;
using TraffickingCare.Domain.Auditing;
using TraffickingCare.Domain.Common;
using TraffickingCare.Web.Data;
using TraffickingCare.Web.Features.Shared.Accounts;
using TraffickingCare.Web.Identity;
using TraffickingCare.Web.Infrastructure.Mvc;

namespace TraffickingCare.Web.Features.PrivilegedChanges;

/// <summary>
/// A second person's decision on a privileged change. Approval applies the change in the same
/// transaction as the decision; a new set-password link then goes by mail to the account's owner,
/// so neither the requester nor the approver ever holds it. Refusing a new account disables it.
/// </summary>
public sealed class PrivilegedChangeHandler(
    AppDbContext db, UserManager<AppUser> users, AccountResets resets, UserAudit audit, SetPasswordLinkDelivery links,
    TimeProvider clock, ILogger<PrivilegedChangeHandler> logger)
{
    /// <returns>The result, and the masked address a link went to (null when none was due or it could not be sent).</returns>
    public async Task<(ChangeResult Result, bool LinkDue, string? SentTo)> ApproveAsync(PrivilegedChangeForm form, string approverId, CancellationToken ct)
    {
        AppUser? user = null;
        var kind = PrivilegedChangeKind.ResetTwoFactor;
        var result = await DecideAsync(form, approverId, PrivilegedChangeStatus.Approved, ct, async (change, target) =>
        {
            (user, kind) = (target, change.Kind);
            var (changes, outcome) = change.Kind switch
            {
                PrivilegedChangeKind.CreateAccount => (new Dictionary<string, object> { ["Role"] = new { to = change.Role } }, await users.AddToRoleAsync(target, change.Role)),
                PrivilegedChangeKind.ResetPassword => (AccountResets.PasswordChanges(target), await resets.ResetPasswordAsync(target)),
                _ => (AccountResets.TwoFactorChanges(target), await resets.ResetTwoFactorAsync(target)),
            };
            return outcome.Succeeded ? changes : null;
        });

        var linkDue = result.Succeeded && kind is PrivilegedChangeKind.CreateAccount or PrivilegedChangeKind.ResetPassword;
        return (result, linkDue, linkDue ? await links.SendAsync(user!, ct) : null);
    }

    public Task<ChangeResult> RefuseAsync(PrivilegedChangeForm form, string approverId, CancellationToken ct) =>
        DecideAsync(form, approverId, PrivilegedChangeStatus.Refused, ct, async (change, target) =>
        {
            if (change.Kind != PrivilegedChangeKind.CreateAccount)
            {
                return [];
            }

            // The account was made for the request alone: without it, it must not linger half-made.
            var changes = new Dictionary<string, object> { ["IsDisabled"] = UserAudit.Change(target.IsDisabled, true) };
            target.IsDisabled = true;
            return (await users.UpdateSecurityStampAsync(target)).Succeeded ? changes : null;
        });

    /// <param name="apply">Applies the decision to the account; returns the audit's changes, or null when Identity refused.</param>
    private async Task<ChangeResult> DecideAsync(
        PrivilegedChangeForm form, string approverId, PrivilegedChangeStatus decision, CancellationToken ct,
        Func<PrivilegedChange, AppUser, Task<Dictionary<string, object>?>> apply)
    {
        var change = await db.PrivilegedChanges.SingleOrDefaultAsync(c => c.Id == form.Id, ct);
        var target = change is null ? null : await users.FindByIdAsync(change.TargetUserId);
        if (change is null || target is null)
        {
            return ChangeResult.NotFound;
        }

        db.Entry(change).Property(c => c.Version).OriginalValue = form.Version;
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var result = await ChangeResult.OfAsync(async () =>
        {
            var now = clock.GetUtcNow().UtcDateTime;
            if (decision == PrivilegedChangeStatus.Approved)
            {
                change.Approve(approverId, now);
            }
            else
            {
                change.Refuse(approverId, now);
            }

            // The decision is saved first: a stale version or a broken rule stops here, before the account changes.
            await db.SaveChangesAsync(ct);
            var changes = await apply(change, target) ?? throw new DomainException(ChangeResult.ConflictKey);
            if (changes.Count > 0)
            {
                await audit.RecordAsync(AuditAction.Updated, target, changes, ct);
            }
        });

        if (!result.Succeeded)
        {
            return result;
        }

        await transaction.CommitAsync(ct);
        logger.PrivilegedChangeDecided(approverId, decision.ToString(), change.Id);
        return result;
    }
}
