using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Query.SqlExpressions;

namespace TraffickingCare.Web.Data;

/// <summary>
/// The soft-delete filter and the indexes that serve it, written once so they agree. EF writes
/// <c>!e.IsDeleted</c> as <c>NOT "IsDeleted"</c> on SQLite, and SQLite uses a partial index only when
/// the query repeats its WHERE term exactly: an index filtered on <c>IsDeleted = 0</c> was never used,
/// and the case page read every row of CaseCodeListValues. The query filter is therefore translated to
/// <c>"IsDeleted" = 0</c> on both providers, the same text as <see cref="IndexFilter"/>.
/// </summary>
internal static class LiveRows
{
    /// <summary>The filter of an index over live rows only (e.g. a uniqueness that deleted rows must not block).</summary>
    public const string IndexFilter = "IsDeleted = 0";

    /// <summary>The query filter every soft-deletable entity gets (see <see cref="EntityConventions"/>).</summary>
    public static LambdaExpression Filter(Type clrType)
    {
        var parameter = Expression.Parameter(clrType, "e");
        var isDeleted = Expression.Property(parameter, nameof(Domain.Common.Entity.IsDeleted));
        return Expression.Lambda(Expression.Call(typeof(LiveRows).GetMethod(nameof(IsLive))!, isDeleted), parameter);
    }

    /// <summary>Only ever translated to SQL (<see cref="Map"/>); this body is what it means.</summary>
    public static bool IsLive(bool isDeleted) => !isDeleted;

    public static void Map(ModelBuilder builder) =>
        builder.HasDbFunction(typeof(LiveRows).GetMethod(nameof(IsLive))!)
            .HasTranslation(arguments =>
            {
                var isDeleted = arguments[0];
                var no = new SqlFragmentExpression("0", typeof(bool), isDeleted.TypeMapping);
                return new SqlBinaryExpression(ExpressionType.Equal, isDeleted, no, typeof(bool), isDeleted.TypeMapping);
            });
}
