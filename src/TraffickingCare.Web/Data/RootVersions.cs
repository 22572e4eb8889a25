using System.Collections.Concurrent;
using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using TraffickingCare.Domain.Common;

namespace TraffickingCare.Web.Data;

/// <summary>
/// The one place where a root's version follows its parts (<see cref="IPartOf{TRoot}"/>): a save that
/// adds, changes or removes a part of a root that did not change itself is a change of that root too.
/// Handlers need no workaround and entities no counters: whoever saves the root from an older page is
/// refused, whether the other person changed the root or only its parts.
/// </summary>
internal static class RootVersions
{
    private static readonly ConcurrentDictionary<Type, PropertyInfo?> RootIds = new();

    /// <summary>The tracked roots whose parts this save adds, changes or removes.</summary>
    public static IReadOnlyList<EntityEntry<Entity>> OfChangedParts(DbContext context)
    {
        var rootIds = context.ChangeTracker.Entries()
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            .Select(e => RootId(e.Entity))
            .OfType<Guid>()
            .ToHashSet();
        if (rootIds.Count == 0)
        {
            return [];
        }

        var roots = context.ChangeTracker.Entries<Entity>().Where(e => rootIds.Contains(e.Entity.Id)).ToList();

        // Parts change through their root, so the root was loaded with them: saving a part alone
        // would leave the root's version behind, which is exactly what this rule prevents.
        return roots.Count == rootIds.Count
            ? roots
            : throw new InvalidOperationException("A part was saved without its root: load the root (with its parts) and change it.");
    }

    private static Guid? RootId(object entity) =>
        RootIds.GetOrAdd(entity.GetType(), RootIdProperty)?.GetValue(entity) as Guid?;

    private static PropertyInfo? RootIdProperty(Type type) =>
        type.GetInterfaces()
            .Where(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IPartOf<>))
            .Select(i => i.GetProperty(nameof(IPartOf<Entity>.RootId)))
            .SingleOrDefault();
}
