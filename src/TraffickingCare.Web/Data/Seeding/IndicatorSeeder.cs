using System.Reflection;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using TraffickingCare.Domain.CodeLists;
using TraffickingCare.Domain.Identification;

namespace TraffickingCare.Web.Data.Seeding;

/// <summary>
/// Adds the indicator sets shipped in identification-indicators.json that the database lacks, and
/// marks retired indicators. Existing rows are never changed: old checklists keep their wording.
/// </summary>
public sealed class IndicatorSeeder(AppDbContext db)
{
    private const string ResourceName = "TraffickingCare.Web.Data.Seeding.identification-indicators.json";

    public async Task SeedAsync(CancellationToken ct)
    {
        var existing = await db.IdentificationIndicators.ToListAsync(ct);
        foreach (var set in Load().Sets.OrderBy(s => s.Version))
        {
            var order = 0;
            foreach (var value in set.Indicators)
            {
                order += 10;
                if (!existing.Any(i => i.Code == value.Code && i.SetVersion == set.Version))
                {
                    var indicator = IdentificationIndicator.Introduce(
                        value.Code, set.Version, Enum.Parse<IndicatorGroup>(value.Group), order, new CodeListLabels(value.Sr, value.Cyr, value.En));
                    db.IdentificationIndicators.Add(indicator);
                    existing.Add(indicator);
                }
            }

            // A reworded indicator replaces its earlier wording from this set on.
            foreach (var older in existing.Where(i => i.SetVersion < set.Version && (set.Retire.Contains(i.Code) || set.Indicators.Any(v => v.Code == i.Code))))
            {
                older.Retire(set.Version);
            }
        }

        await db.SaveChangesAsync(ct);
    }

    internal static SeedFile Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException("identification-indicators.json is not embedded.");
        return JsonSerializer.Deserialize<SeedFile>(stream, new JsonSerializerOptions { PropertyNameCaseInsensitive = true })
            ?? throw new InvalidOperationException("identification-indicators.json is empty.");
    }

    internal sealed record SeedFile(List<SeedSet> Sets);

    internal sealed record SeedSet(int Version, List<SeedIndicator> Indicators)
    {
        public List<string> Retire { get; init; } = [];
    }

    internal sealed record SeedIndicator(string Group, string Code, string Sr, string Cyr, string En);
}
