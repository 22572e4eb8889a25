using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using TraffickingCare.Domain.Cases;
using TraffickingCare.Domain.People;
using TraffickingCare.Domain.Referrals;
using TraffickingCare.Domain.Shelter;
using TraffickingCare.Web.Data.Encryption;

namespace TraffickingCare.Web.Data.Retention;

/// <summary>
/// The statements that replace identifying data with nothing, built from the model: every column configured with
/// <c>IsEncrypted()</c> is the identifying data (the statistics never read one), so a new encrypted field is
/// anonymised without a change here. A nullable column becomes null, a required one an encrypted empty text.
/// Each table is reached from the cases through its <c>CaseId</c> or its foreign keys (a goal's review through its
/// goal and placement). Placeholders for <see cref="DatabaseFacade.ExecuteSqlRawAsync(string, IEnumerable{object}, CancellationToken)"/>:
/// {0} the run's instant, {1} the system actor, {2} the encrypted empty text, and <see cref="Ids"/> for the records.
/// </summary>
internal sealed class AnonymisationSql
{
    /// <summary>Replaced by the batch's ids, one parameter each.</summary>
    public const string Ids = "{ids}";

    private const int MaxDepth = 4;

    private AnonymisationSql(IReadOnlyList<string> caseTables, string referrals, string persons, IReadOnlyList<string> unreachable)
    {
        CaseTables = caseTables;
        Referrals = referrals;
        Persons = persons;
        Unreachable = unreachable;
    }

    /// <summary>One statement a table holding encrypted columns about a case, for the cases whose ids are in <see cref="Ids"/>.</summary>
    public IReadOnlyList<string> CaseTables { get; }

    /// <summary>Referrals by their own ids (those that never became a case).</summary>
    public string Referrals { get; }

    /// <summary>People's identities by their own ids.</summary>
    public string Persons { get; }

    /// <summary>Tables with encrypted columns that no path leads to from a case (a test keeps this empty).</summary>
    public IReadOnlyList<string> Unreachable { get; }

    /// <summary>Not about a person: the shelter's own address (kept secret, but not anonymised with a resident's case).</summary>
    public static readonly IReadOnlySet<Type> NotAboutAPerson = new HashSet<Type> { typeof(ShelterUnit) };

    public static AnonymisationSql For(IModel model, ISqlGenerationHelper sql)
    {
        var tables = EncryptedTables.Of(model);
        var caseTables = new List<string>();
        var unreachable = new List<string>();
        string? referrals = null, persons = null;
        foreach (var table in tables)
        {
            var type = table.Type.ClrType;
            if (type == typeof(PersonIdentity))
            {
                persons = Update(table, sql, $"{sql.DelimitIdentifier("Id")} IN ({Ids})");
                continue;
            }

            if (NotAboutAPerson.Contains(type))
            {
                continue;
            }

            if (type == typeof(Referral))
            {
                referrals = Update(table, sql, $"{sql.DelimitIdentifier("Id")} IN ({Ids})");
            }

            if (CasePredicate(table.Type, sql, 0) is { } predicate)
            {
                caseTables.Add(Update(table, sql, predicate));
            }
            else
            {
                unreachable.Add(table.Name);
            }
        }

        return new AnonymisationSql(
            caseTables,
            referrals ?? throw new InvalidOperationException("The referrals hold no encrypted column."),
            persons ?? throw new InvalidOperationException("People's identities hold no encrypted column."),
            unreachable);
    }

    private static string Update(EncryptedTable table, ISqlGenerationHelper sql, string predicate)
    {
        var sets = table.Columns.Select(c => $"{sql.DelimitIdentifier(c)} = {(table.Required.Contains(c) ? "{2}" : "NULL")}").ToList();
        if (table.Type.FindProperty("AnonymisedAtUtc") is { } anonymised)
        {
            sets.Add($"{sql.DelimitIdentifier(anonymised.GetColumnName())} = {{0}}");
        }

        // The row's version moves, so a page rendered before the run cannot save its old text back over nothing.
        if (table.Type.FindProperty("Version") is not null)
        {
            sets.Add($"{sql.DelimitIdentifier("Version")} = {sql.DelimitIdentifier("Version")} + 1");
            sets.Add($"{sql.DelimitIdentifier("UpdatedAtUtc")} = {{0}}");
            sets.Add($"{sql.DelimitIdentifier("UpdatedBy")} = {{1}}");
        }

        return $"UPDATE {sql.DelimitIdentifier(table.Name, table.Schema)} SET {string.Join(", ", sets)} WHERE {predicate}";
    }

    // "CaseId IN (ids)" on a table with a case id; otherwise through a foreign key to a table that leads to a case.
    private static string? CasePredicate(IEntityType type, ISqlGenerationHelper sql, int depth)
    {
        if (type.ClrType == typeof(CaseFile))
        {
            return $"{sql.DelimitIdentifier("Id")} IN ({Ids})";
        }

        if (type.FindProperty("CaseId") is { } caseId)
        {
            return $"{sql.DelimitIdentifier(caseId.GetColumnName())} IN ({Ids})";
        }

        if (depth == MaxDepth)
        {
            return null;
        }

        foreach (var key in type.GetForeignKeys().Where(k => k.PrincipalEntityType != type && k.Properties.Count == 1))
        {
            var principal = key.PrincipalEntityType;
            if (CasePredicate(principal, sql, depth + 1) is { } inner)
            {
                var column = sql.DelimitIdentifier(key.Properties[0].GetColumnName());
                var principalKey = sql.DelimitIdentifier(key.PrincipalKey.Properties[0].GetColumnName());
                return $"{column} IN (SELECT {principalKey} FROM {sql.DelimitIdentifier(principal.GetTableName()!, principal.GetSchema())} WHERE {inner})";
            }
        }

        return null;
    }
}
