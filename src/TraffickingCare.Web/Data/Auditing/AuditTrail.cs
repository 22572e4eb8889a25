using TraffickingCare.Domain.Auditing;

namespace TraffickingCare.Web.Data.Auditing;

/// <summary>
/// Records reads: that a user viewed (or downloaded) a protected record, and why when a reason was asked.
/// Changes are recorded by the context itself; reads have to be recorded by the page that reads.
/// A read is written through its own context, so it never carries along (or fails with) whatever
/// the request left pending in its own, e.g. a save that was just refused.
/// </summary>
public sealed class AuditTrail(IServiceScopeFactory scopes, TimeProvider clock, CurrentActor actor, BulkViewWatch bulkViews)
{
    public Task RecordAsync(AuditAction action, string entityType, Guid entityId, string? reason = null, CancellationToken ct = default) =>
        WriteAsync(action, entityType, entityId, reason, null, ct);

    /// <summary>A file about to be sent: recorded before its first byte (if the entry cannot be written, nothing is sent), with what <see cref="DownloadedFile"/> keeps.</summary>
    public Task RecordDownloadAsync(string entityType, Guid entityId, DownloadedFile file, string? note = null, CancellationToken ct = default) =>
        WriteAsync(AuditAction.Downloaded, entityType, entityId, note, file.ToJson(), ct);

    private async Task WriteAsync(AuditAction action, string entityType, Guid entityId, string? reason, string? changes, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var now = clock.GetUtcNow().UtcDateTime;
        db.AuditEntries.Add(AuditEntry.For(action, entityType, entityId, actor.UserId, now, changes, reason, actor.CorrelationId));
        await db.SaveChangesAsync(ct);
        if (action == AuditAction.Viewed && entityType == nameof(Domain.Cases.CaseFile) && actor.UserId != CurrentActor.System)
        {
            await bulkViews.CheckAsync(db, actor.UserId, entityId, now, ct);
        }
    }

    public Task RecordViewAsync(string entityType, Guid entityId, string? reason = null, CancellationToken ct = default) =>
        RecordAsync(AuditAction.Viewed, entityType, entityId, reason, ct);
}
