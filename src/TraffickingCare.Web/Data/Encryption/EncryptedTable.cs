using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace TraffickingCare.Web.Data.Encryption;

/// <summary>
/// A table with columns configured with <c>IsEncrypted()</c>, and its key columns, as the database names them; the
/// entity type mapped to it, and which of its encrypted columns may not be null.
/// </summary>
internal sealed record EncryptedTable(string? Schema, string Name, IReadOnlyList<string> Key, IReadOnlyList<string> Columns, IEntityType Type, IReadOnlySet<string> Required);

internal static class EncryptedTables
{
    public static IReadOnlyList<EncryptedTable> Of(IModel model) =>
        model.GetEntityTypes()
            .Where(t => t.GetTableName() is not null && t.FindPrimaryKey() is not null)
            .Select(t => (Type: t, Properties: AllProperties(t).Where(p => p.IsEncrypted()).ToList()))
            .Select(x => (x.Type, x.Properties, Columns: x.Properties.Select(p => p.GetColumnName()).ToList()))
            .Where(x => x.Columns.Count > 0)
            .GroupBy(x => (Schema: x.Type.GetSchema(), Name: x.Type.GetTableName()!))
            .Select(g => new EncryptedTable(
                g.Key.Schema,
                g.Key.Name,
                g.First().Type.FindPrimaryKey()!.Properties.Select(p => p.GetColumnName()).ToList(),
                g.SelectMany(x => x.Columns).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList(),
                g.First().Type,
                g.SelectMany(x => x.Properties).Where(p => !p.IsColumnNullable()).Select(p => p.GetColumnName()).ToHashSet(StringComparer.Ordinal)))
            .OrderBy(t => t.Name, StringComparer.Ordinal)
            .ToList();

    // Includes the properties of complex types (e.g. what a referral knew about the person).
    private static IEnumerable<IProperty> AllProperties(ITypeBase type) =>
        type.GetDeclaredProperties().Concat(type.GetDeclaredComplexProperties().SelectMany(c => AllProperties(c.ComplexType)));
}
