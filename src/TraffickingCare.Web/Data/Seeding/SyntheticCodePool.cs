using Microsoft.EntityFrameworkCore;

namespace TraffickingCare.Web.Data.Seeding;

/// <summary>The code-list values synthetic data is drawn from, read once from the database.</summary>
public sealed class SyntheticCodePool
{
    private static readonly string[] Lists = ["ReferrerSector", "ReferralChannel", "Municipality", "Sex", "Citizenship", "Language", "ClosureReason", .. SyntheticStatisticsPlan.Lists];

    private readonly Dictionary<string, List<string>> codes;

    private SyntheticCodePool(Dictionary<string, List<string>> codes) => this.codes = codes;

    public static async Task<SyntheticCodePool> LoadAsync(AppDbContext db, CancellationToken ct)
    {
        var items = await db.CodeListItems
            .Where(c => Lists.Contains(c.List))
            .OrderBy(c => c.List).ThenBy(c => c.SortOrder).ThenBy(c => c.Code)
            .Select(c => new { c.List, c.Code })
            .ToListAsync(ct);
        return new SyntheticCodePool(items.GroupBy(x => x.List).ToDictionary(g => g.Key, g => g.Select(x => x.Code).ToList()));
    }

    public string? Pick(string list, Random random) =>
        codes.TryGetValue(list, out var values) && values.Count > 0 ? values[random.Next(values.Count)] : null;

    /// <summary>The n-th value for the first rows, so even a small run uses every value of the list; random after that.</summary>
    public string? Cycle(string list, int index, Random random) =>
        codes.TryGetValue(list, out var values) && index < values.Count ? values[index] : Pick(list, random);
}
