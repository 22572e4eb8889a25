using System.Reflection;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using TraffickingCare.Domain.CodeLists;

namespace TraffickingCare.Web.Data.Seeding;

/// <summary>
/// Adds the code-list values shipped in code-lists.json that the database lacks. It never changes or
/// removes a value already there: administrators may have corrected labels, and used codes stay.
/// </summary>
public sealed class CodeListSeeder(AppDbContext db)
{
    private const string ResourceName = "TraffickingCare.Web.Data.Seeding.code-lists.json";

    public async Task SeedAsync(CancellationToken ct)
    {
        var existing = (await db.CodeListItems.IgnoreQueryFilters()
                .Select(x => new { x.List, x.Code })
                .ToListAsync(ct))
            .Select(x => (x.List, x.Code))
            .ToHashSet();

        foreach (var (list, values) in Load())
        {
            var order = 0;
            foreach (var value in values)
            {
                order += 10;
                if (!existing.Contains((list, value.Code)))
                {
                    db.CodeListItems.Add(CodeListItem.Create(list, value.Code, new CodeListLabels(value.Sr, value.Cyr, value.En), order));
                }
            }
        }

        await db.SaveChangesAsync(ct);
    }

    internal static Dictionary<string, List<SeedValue>> Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException("code-lists.json is not embedded.");
        return JsonSerializer.Deserialize<Dictionary<string, List<SeedValue>>>(stream, new JsonSerializerOptions { PropertyNameCaseInsensitive = true })
            ?? [];
    }

    internal sealed record SeedValue(string Code, string Sr, string Cyr, string En);
}
