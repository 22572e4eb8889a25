using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using TraffickingCare.Domain.Auditing;

namespace TraffickingCare.Web.Data.Auditing;

/// <summary>
/// Records reads: that a user viewed (or downloaded) a protected record, and why when a reason was asked.
/// Changes are recorded by the context itself; reads have to be recorded by the page that reads.
/// A read never carries along (or fails with) whatever the request left pending in its own context, e.g. a save that was
/// just refused (the bulk-view watch may save an alert), and never waits on a transaction the request holds open: it is
/// then written through a context of its own.
/// </summary>
/// <remarks>
/// When the request's context holds nothing (no change, no transaction: every page that only read), the row is written
/// through it, on its connection. A context of its own, in a scope of its own, for every case view was a tenth of what
/// recording the view cost (docs/performance.md).
/// </remarks>
public sealed class AuditTrail(IServiceScopeFactory scopes, AppDbContext requestDb, TimeProvider clock, CurrentActor actor, BulkViewWatch bulkViews)
{
    public Task RecordAsync(AuditAction action, string entityType, Guid entityId, string? reason = null, CancellationToken ct = default) =>
        WriteAsync(action, entityType, entityId, reason, null, ct);

    /// <summary>A file about to be sent: recorded before its first byte (if the entry cannot be written, nothing is sent), with what <see cref="DownloadedFile"/> keeps.</summary>
    public Task RecordDownloadAsync(string entityType, Guid entityId, DownloadedFile file, string? note = null, CancellationToken ct = default) =>
        WriteAsync(AuditAction.Downloaded, entityType, entityId, note, file.ToJson(), ct);

    public Task RecordViewAsync(string entityType, Guid entityId, string? reason = null, CancellationToken ct = default) =>
        RecordAsync(AuditAction.Viewed, entityType, entityId, reason, ct);

    private async Task WriteAsync(AuditAction action, string entityType, Guid entityId, string? reason, string? changes, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var entry = AuditEntry.For(action, entityType, entityId, actor.UserId, now, changes, reason, actor.CorrelationId);
        if (requestDb.Database.CurrentTransaction is null && !requestDb.ChangeTracker.HasChanges())
        {
            await WriteAsync(requestDb, entry, ct);
            return;
        }

        await using var scope = scopes.CreateAsyncScope();
        await WriteAsync(scope.ServiceProvider.GetRequiredService<AppDbContext>(), entry, ct);
    }

    private async Task WriteAsync(AppDbContext db, AuditEntry entry, CancellationToken ct)
    {
        await InsertAsync(db, entry, ct);

        if (entry.Action == AuditAction.Viewed && entry.EntityType == nameof(Domain.Cases.CaseFile) && actor.UserId != CurrentActor.System)
        {
            await bulkViews.CheckAsync(db, actor.UserId, entry.EntityId, entry.AtUtc, ct);
        }
    }

    /// <summary>
    /// A read's row is one INSERT, the import's statement for the audit table (<see cref="AddedRowsWriter.Statement"/>,
    /// whose SQL Server form a test parses) with a parameter made by each column's own mapping (its converter and type, as
    /// a save would make it), sent through EF's pipeline (its command log, retries and interceptors see it). Not a save
    /// through the change tracker: nothing in the row is the context's to decide (no stamp, no description, no kept
    /// count), and adding it to the tracker, saving it and detaching it again was two thirds of what recording a view
    /// cost (docs/performance.md, "The case page in 19 commands…"). The chain's columns stay null until it is sealed.
    /// </summary>
    private static async Task InsertAsync(AppDbContext db, AuditEntry entry, CancellationToken ct)
    {
        var (columns, statement) = Insert.For(db);
        var sql = db.GetService<ISqlGenerationHelper>();
        await using var factory = db.Database.GetDbConnection().CreateCommand();
        var parameters = columns.Select((column, i) => (object)column.GetRelationalTypeMapping()
            .CreateParameter(factory, sql.GenerateParameterName($"p{i}"), column.GetGetter().GetClrValue(entry), column.IsNullable)).ToList();
        await db.Database.ExecuteSqlRawAsync(statement, parameters, ct);
    }

    private static readonly CompiledPerModel<RowInsert> Insert = new(db =>
    {
        var type = db.Model.FindEntityType(typeof(AuditEntry))!;
        var columns = AddedRowsWriter.AuditColumns(type);
        return new RowInsert(columns, AddedRowsWriter.Statement((AppDbContext)db, type, columns, 1));
    });

    private sealed record RowInsert(IReadOnlyList<IProperty> Columns, string Statement);
}
