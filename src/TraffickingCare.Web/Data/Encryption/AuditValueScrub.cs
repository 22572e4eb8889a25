using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace TraffickingCare.Web.Data.Encryption;

/// <summary>
/// Audit rows written before a field was encrypted hold its old and new values in clear. This
/// rewrites each such value in <c>AuditEntries.Changes</c> to what the audit trail records for an
/// encrypted field today (<c>{"changed":true}</c>) and leaves every other field's values as they
/// were. Part of <see cref="EncryptedColumnBackfill"/>: same transaction, same run record.
/// </summary>
internal sealed class AuditValueScrub(AppDbContext db)
{
    private const int BatchSize = 500;

    /// <summary>Audit entity type (the CLR name) to the names of its encrypted properties, as AuditTrailWriter names them.</summary>
    public static IReadOnlyDictionary<string, HashSet<string>> EncryptedFieldsOf(IModel model) =>
        model.GetEntityTypes()
            .Select(t => (Type: t.ClrType.Name, Fields: Fields(t, prefix: null).ToHashSet(StringComparer.Ordinal)))
            .Where(x => x.Fields.Count > 0)
            .GroupBy(x => x.Type, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.SelectMany(x => x.Fields).ToHashSet(StringComparer.Ordinal), StringComparer.Ordinal);

    /// <summary>Returns the number of audit rows rewritten.</summary>
    public async Task<int> RunAsync(IReadOnlyDictionary<string, HashSet<string>> fields, CancellationToken ct)
    {
        var types = fields.Keys.ToList();
        var rewritten = 0;
        var after = 0L;
        while (true)
        {
            var batch = await db.AuditEntries.AsNoTracking()
                .Where(a => a.Id > after && a.Changes != null && types.Contains(a.EntityType))
                .OrderBy(a => a.Id)
                .Select(a => new { a.Id, a.EntityType, a.Changes })
                .Take(BatchSize)
                .ToListAsync(ct);
            foreach (var row in batch)
            {
                if (Scrub(row.Changes!, fields[row.EntityType]) is { } scrubbed)
                {
                    await db.AuditEntries.Where(a => a.Id == row.Id).ExecuteUpdateAsync(s => s.SetProperty(a => a.Changes, scrubbed), ct);
                    rewritten++;
                }
            }

            if (batch.Count < BatchSize)
            {
                return rewritten;
            }

            after = batch[^1].Id;
        }
    }

    // Null when nothing needs rewriting (or the row is not the writer's JSON object: left as it is).
    private static string? Scrub(string changes, HashSet<string> encrypted)
    {
        JsonObject? json;
        try
        {
            json = JsonNode.Parse(changes) as JsonObject;
        }
        catch (JsonException)
        {
            return null;
        }

        var names = json?.Select(p => p.Key).Where(encrypted.Contains).Where(n => !IsChangedOnly(json[n])).ToList();
        if (json is null || names is not { Count: > 0 })
        {
            return null;
        }

        foreach (var name in names)
        {
            json[name] = new JsonObject { ["changed"] = true };
        }

        return json.ToJsonString();
    }

    private static bool IsChangedOnly(JsonNode? value) =>
        value is JsonObject { Count: 1 } o && o["changed"] is JsonValue v && v.GetValueKind() == JsonValueKind.True;

    // Complex properties are named "Person.NameOrAlias" in the trail (see AuditTrailWriter.Name).
    private static IEnumerable<string> Fields(ITypeBase type, string? prefix) =>
        type.GetProperties().Where(p => p.IsEncrypted()).Select(p => prefix is null ? p.Name : $"{prefix}.{p.Name}")
            .Concat(type.GetComplexProperties().SelectMany(c => Fields(c.ComplexType, c.Name)));
}
