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
/// The steps a second person's decision on a privileged change takes, approval or refusal alike: the decision
/// is saved at the version the approver saw, then applied to the account in the same transaction and audited.
/// </summary>
public sealed class PrivilegedChangeDecision(
    AppDbContext db, UserManager<AppUser> users, UserAudit audit, TimeProvider clock, ILogger<PrivilegedChangeDecision> logger)
{
    /// <param name="apply">Applies the decision to the account; returns the audit's changes, or null when Identity refused.</param>
    public async Task<ChangeResult> DecideAsync(
        PrivilegedChangeForm form, string approverId, PrivilegedChangeStatus decision, CancellationToken ct,
        Func<PrivilegedChange, AppUser, Task<Dictionary<string, object>?>> apply)
    {
        // One transaction, run by the execution strategy: SQL Server's retrying strategy refuses a transaction begun
        // outside it, and a retry starts afresh from the change as stored.
        var (result, change) = await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            db.ChangeTracker.Clear();
            var change = await db.PrivilegedChanges.SingleOrDefaultAsync(c => c.Id == form.Id, ct);
            var target = change is null ? null : await users.FindByIdAsync(change.TargetUserId);
            if (change is null || target is null)
            {
                return (ChangeResult.NotFound, change);
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

            if (result.Succeeded)
            {
                await transaction.CommitAsync(ct);
            }

            return (result, change);
        });

        if (!result.Succeeded)
        {
            return result;
        }

        logger.PrivilegedChangeDecided(approverId, decision.ToString(), change!.Id);
        return result;
    }
}
