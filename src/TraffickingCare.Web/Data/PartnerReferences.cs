using System.Linq.Expressions;
using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using TraffickingCare.Domain.Common;
using TraffickingCare.Domain.Partners;

namespace TraffickingCare.Web.Data;

/// <summary>
/// Every column that points to a partner, read from the EF model: contact people, and whatever later
/// features add (services given by a partner, network actors, proceedings' authorities, visit participants).
/// A merge moves them all with one UPDATE per column, so a feature added later is covered without
/// touching the merge. The entry's own "merged into" link is the one reference that never moves.
/// </summary>
public static class PartnerReferences
{
    private static readonly MethodInfo MoveMethod = typeof(PartnerReferences).GetMethod(nameof(MoveAsync), BindingFlags.NonPublic | BindingFlags.Static)!;

    /// <summary>The foreign keys whose principal is <see cref="Partner"/>, but for the partners' own merge link.</summary>
    public static IReadOnlyList<IForeignKey> Of(IModel model) =>
        [.. model.GetEntityTypes()
            .SelectMany(t => t.GetDeclaredForeignKeys())
            .Where(fk => fk.PrincipalEntityType.ClrType == typeof(Partner) && fk.DeclaringEntityType.ClrType != typeof(Partner))
            .OrderBy(fk => fk.DeclaringEntityType.GetTableName(), StringComparer.Ordinal)
            .ThenBy(fk => fk.Properties[0].Name, StringComparer.Ordinal)];

    /// <summary>
    /// Points every reference to <paramref name="from"/> at <paramref name="to"/>, deleted rows included (a
    /// restored row must not point to an entry that is gone). Moved rows get a new version, so whoever edits
    /// one from an older page is told. Run it inside the transaction that marks the merge.
    /// </summary>
    /// <returns>How many rows moved, by "Table.Column" (for the audit trail).</returns>
    public static async Task<IReadOnlyDictionary<string, int>> MoveAsync(AppDbContext db, Guid from, Guid to, CancellationToken ct)
    {
        var moved = new Dictionary<string, int>();
        foreach (var fk in Of(db.Model))
        {
            var column = fk.Properties.Single();
            var move = MoveMethod.MakeGenericMethod(fk.DeclaringEntityType.ClrType, column.ClrType);
            var count = await (Task<int>)move.Invoke(null, [db, column.Name, from, to, ct])!;
            moved[$"{fk.DeclaringEntityType.GetTableName()}.{column.GetColumnName()}"] = count;
        }

        return moved;
    }

    private static Task<int> MoveAsync<TEntity, TKey>(AppDbContext db, string property, TKey from, TKey to, CancellationToken ct)
        where TEntity : class
    {
        var row = Expression.Parameter(typeof(TEntity), "row");
        var column = Property<TKey>(row, property);
        var pointsToFrom = Expression.Lambda<Func<TEntity, bool>>(Expression.Equal(column, Expression.Constant(from, typeof(TKey))), row);
        var versioned = typeof(Entity).IsAssignableFrom(typeof(TEntity));
        var version = Expression.Lambda<Func<TEntity, int>>(Property<int>(row, nameof(Entity.Version)), row);
        var nextVersion = Expression.Lambda<Func<TEntity, int>>(Expression.Add(version.Body, Expression.Constant(1)), row);
        return db.Set<TEntity>().IgnoreQueryFilters().Where(pointsToFrom).ExecuteUpdateAsync(
            setters =>
            {
                setters.SetProperty(Expression.Lambda<Func<TEntity, TKey>>(column, row), to);
                if (versioned)
                {
                    setters.SetProperty(version, nextVersion);
                }
            },
            ct);
    }

    private static MethodCallExpression Property<T>(ParameterExpression row, string name) =>
        Expression.Call(typeof(EF), nameof(EF.Property), [typeof(T)], row, Expression.Constant(name));
}
