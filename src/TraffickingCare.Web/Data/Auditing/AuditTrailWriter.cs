using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using TraffickingCare.Domain.Auditing;
using TraffickingCare.Domain.Common;
using TraffickingCare.Web.Data.Encryption;

namespace TraffickingCare.Web.Data.Auditing;

/// <summary>
/// Runs inside SaveChanges, before anything is sent: stamps entities, turns deletes into soft
/// deletes and adds one audit entry per changed entity to the same unit of work, so the audit
/// row commits, or rolls back, with the change it describes.
/// </summary>
internal static class AuditTrailWriter
{
    private static readonly HashSet<string> StampProperties =
    [
        nameof(Entity.CreatedAtUtc), nameof(Entity.CreatedBy), nameof(Entity.UpdatedAtUtc),
        nameof(Entity.UpdatedBy), nameof(Entity.Version), nameof(Entity.DeletedAtUtc), nameof(Entity.DeletedBy),
    ];

    private const int DescribedInParallelFrom = 1_000;

    /// <summary>The entity's key and its stamps, which no audit description lists (the row names the entity; the stamps are the row's own).</summary>
    internal static bool IsStampOrKey(string property) => property == nameof(Entity.Id) || StampProperties.Contains(property);

    /// <summary>
    /// Adds the audit entries for the pending changes and returns them. A bulk writer that writes the rows itself
    /// (<see cref="AddedRowsWriter.Take"/>) asks for them untracked: adding a million audit rows to the change tracker,
    /// only to read them out of it again, took 3.5 s of a 30,000-case seed's 50.
    /// </summary>
    public static IReadOnlyList<AuditEntry> Write(AppDbContext context, bool track = true)
    {
        var now = context.Services.Clock.GetUtcNow().UtcDateTime;
        var actor = context.Services.Actor;
        var userId = actor.UserId;
        var correlationId = actor.CorrelationId;
        StampRoots(context, userId, now);

        var entries = context.ChangeTracker.Entries<Entity>()
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            .ToList();

        var audited = new List<(EntityEntry<Entity> Entry, AuditAction Action)>(entries.Count);
        foreach (var entry in entries)
        {
            var action = Stamp(entry, userId, now);
            if (action is not null && !context.AuditedPerCase)
            {
                audited.Add((entry, action.Value));
            }
        }

        // Describing only reads the entries, each on its own: a bulk writer's hundreds of thousands are described on
        // all cores (the other core is idle then: the previous batch is written already). A save's few, in line.
        var changes = new string?[audited.Count];
        if (audited.Count >= DescribedInParallelFrom)
        {
            Parallel.For(0, audited.Count, i => changes[i] = DescribeChanges(audited[i].Entry, audited[i].Action));
        }
        else
        {
            for (var i = 0; i < audited.Count; i++)
            {
                changes[i] = DescribeChanges(audited[i].Entry, audited[i].Action);
            }
        }

        var written = new List<AuditEntry>(audited.Count);
        for (var i = 0; i < audited.Count; i++)
        {
            var (entry, action) = audited[i];
            var audit = AuditEntry.For(action, entry.Metadata.ClrType.Name, entry.Entity.Id, userId, now, changes[i], correlationId: correlationId);
            if (track)
            {
                context.AuditEntries.Add(audit);
            }

            written.Add(audit);
        }

        return written;
    }

    // A root whose parts changed but which did not change itself is stamped like a changed row, so its
    // version moves. It gets no audit entry of its own: nothing of it changed, its parts did.
    private static void StampRoots(AppDbContext context, string userId, DateTime now)
    {
        foreach (var root in RootVersions.OfChangedParts(context))
        {
            if (root.State is EntityState.Unchanged || (root.State is EntityState.Modified && !AllProperties(root).Any(IsRealChange)))
            {
                root.Entity.MarkUpdated(userId, now);
                root.DetectChanges();
            }
        }
    }

    private static AuditAction? Stamp(EntityEntry<Entity> entry, string userId, DateTime now)
    {
        switch (entry.State)
        {
            case EntityState.Added:
                entry.Entity.MarkCreated(userId, now);
                return AuditAction.Created;
            case EntityState.Deleted:
                // Nothing is hard-deleted: the row stays, hidden by the query filter.
                entry.State = EntityState.Modified;
                entry.Entity.SoftDelete(userId, now);
                entry.Entity.MarkUpdated(userId, now);
                return AuditAction.Deleted;
            case EntityState.Modified when AllProperties(entry).Any(IsRealChange):
                var wasDeleted = entry.Property(e => e.IsDeleted).OriginalValue;
                entry.Entity.MarkUpdated(userId, now);
                return entry.Entity.IsDeleted && !wasDeleted ? AuditAction.Deleted : AuditAction.Updated;
            default:
                return null;
        }
    }

    // Scalar properties and those of complex types (e.g. Referral.Person), recursively.
    private static IEnumerable<PropertyEntry> AllProperties(EntityEntry entry) =>
        entry.Properties.Concat(entry.ComplexProperties.SelectMany(AllProperties));

    private static IEnumerable<PropertyEntry> AllProperties(ComplexPropertyEntry complex) =>
        complex.Properties.Concat(complex.ComplexProperties.SelectMany(AllProperties));

    private static string Name(PropertyEntry property) => FieldName(property.Metadata);

    /// <summary>A field's name in a description: a complex type's field named after the complex property that holds it.</summary>
    internal static string FieldName(Microsoft.EntityFrameworkCore.Metadata.IReadOnlyProperty property) =>
        property.DeclaringType is Microsoft.EntityFrameworkCore.Metadata.IReadOnlyComplexType complex
            ? $"{complex.ComplexProperty.Name}.{property.Name}"
            : property.Name;

    private static bool IsRealChange(PropertyEntry property) =>
        property.IsModified
        && !StampProperties.Contains(property.Metadata.Name)
        && !Equals(property.OriginalValue, property.CurrentValue);

    private static string? DescribeChanges(EntityEntry<Entity> entry, AuditAction action)
    {
        if (action == AuditAction.Created)
        {
            return AddedEntityDescription.Of(entry);
        }

        var changed = AllProperties(entry)
            .Where(p => !IsStampOrKey(p.Metadata.Name) && IsRealChange(p))
            .ToDictionary(Name, Describe);

        return changed.Count == 0 ? null : JsonSerializer.Serialize(changed);
    }

    // Sensitive fields are named but their values never reach the audit trail: the trail is read
    // by more people than the case file, and must not become a second copy of it.
    private static object Describe(PropertyEntry property) =>
        property.Metadata.IsSensitive()
            ? new { changed = true }
            : new { from = property.OriginalValue, to = property.CurrentValue };
}
