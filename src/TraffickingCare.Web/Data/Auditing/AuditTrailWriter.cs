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

    /// <summary>Adds the audit entries for the pending changes and returns them.</summary>
    public static IReadOnlyList<AuditEntry> Write(AppDbContext context)
    {
        var now = context.Services.Clock.GetUtcNow().UtcDateTime;
        var actor = context.Services.Actor;
        var userId = actor.UserId;
        var correlationId = actor.CorrelationId;
        StampRoots(context, userId, now);

        var entries = context.ChangeTracker.Entries<Entity>()
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            .ToList();

        var written = new List<AuditEntry>();
        foreach (var entry in entries)
        {
            var action = Stamp(entry, userId, now);
            if (action is null || context.AuditedPerCase)
            {
                continue;
            }

            var changes = DescribeChanges(entry, action.Value);
            var audit = AuditEntry.For(action.Value, entry.Metadata.ClrType.Name, entry.Entity.Id, userId, now, changes, correlationId: correlationId);
            context.AuditEntries.Add(audit);
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

    private static string Name(PropertyEntry property) =>
        property.Metadata.DeclaringType is Microsoft.EntityFrameworkCore.Metadata.IComplexType complex
            ? $"{complex.ComplexProperty.Name}.{property.Metadata.Name}"
            : property.Metadata.Name;

    private static bool IsRealChange(PropertyEntry property) =>
        property.IsModified
        && !StampProperties.Contains(property.Metadata.Name)
        && !Equals(property.OriginalValue, property.CurrentValue);

    private static string? DescribeChanges(EntityEntry<Entity> entry, AuditAction action)
    {
        var changed = AllProperties(entry)
            .Where(p => !StampProperties.Contains(p.Metadata.Name) && p.Metadata.Name != nameof(Entity.Id))
            .Where(p => action == AuditAction.Created ? p.CurrentValue is not null : IsRealChange(p))
            .ToDictionary(Name, p => Describe(p, action));

        return changed.Count == 0 ? null : JsonSerializer.Serialize(changed);
    }

    // Sensitive fields are named but their values never reach the audit trail: the trail is read
    // by more people than the case file, and must not become a second copy of it.
    private static object Describe(PropertyEntry property, AuditAction action)
    {
        if (property.Metadata.IsSensitive())
        {
            return new { changed = true };
        }

        return action == AuditAction.Created
            ? new { to = property.CurrentValue }
            : new { from = property.OriginalValue, to = property.CurrentValue };
    }
}
