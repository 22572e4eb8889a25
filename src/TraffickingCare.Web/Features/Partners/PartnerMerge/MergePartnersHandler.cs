using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using TraffickingCare.Domain.Auditing;
using TraffickingCare.Domain.Partners;
using TraffickingCare.Web.Data;
using TraffickingCare.Web.Infrastructure.Mvc;
using TraffickingCare.Web.Infrastructure.Time;

namespace TraffickingCare.Web.Features.Partners.PartnerMerge;

/// <summary>
/// Merges a duplicate entry into the one kept, in one transaction: every reference to the duplicate (its contact
/// people, and whatever any feature points at a partner, found in the model by <see cref="PartnerReferences"/>)
/// moves to the kept entry; the duplicate remembers where it went and is removed. The audit trail records the
/// duplicate's removal and, on the kept entry, how many rows of each table moved.
/// </summary>
public sealed class MergePartnersHandler(AppDbContext db, CurrentActor actor, CentreClock clock)
{
    public async Task<ChangeResult> HandleAsync(Guid duplicateId, MergePartnerForm form, CancellationToken ct)
    {
        var duplicate = await db.Partners.SingleOrDefaultAsync(p => p.Id == duplicateId, ct);
        if (duplicate is null)
        {
            return ChangeResult.NotFound;
        }

        var kept = await db.Partners.AsNoTracking().SingleOrDefaultAsync(p => p.Id == form.KeptPartnerId, ct);
        if (kept is null)
        {
            return ChangeResult.Refused("Partners.Errors.MergeTarget", nameof(MergePartnerForm.KeptPartnerId));
        }

        db.Entry(duplicate).Property(p => p.Version).OriginalValue = form.Version ?? 0;
        return await ChangeResult.OfAsync(async () =>
        {
            duplicate.MergeInto(kept);

            // SQL Server retries transient failures: a transaction of our own runs inside its strategy.
            await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
            {
                await using var transaction = await db.Database.BeginTransactionAsync(ct);
                var moved = await PartnerReferences.MoveAsync(db, duplicate.Id, kept.Id, ct);
                db.Partners.Remove(duplicate);
                db.AuditEntries.Add(AuditEntry.For(
                    AuditAction.Updated,
                    nameof(Partner),
                    kept.Id,
                    actor.UserId,
                    clock.UtcNow,
                    JsonSerializer.Serialize(new { MergedFrom = duplicate.Id, Moved = moved }),
                    correlationId: actor.CorrelationId));
                await db.SaveChangesAsync(ct);
                await transaction.CommitAsync(ct);
            });
            return ChangeResult.Done with { Id = kept.Id };
        });
    }
}
