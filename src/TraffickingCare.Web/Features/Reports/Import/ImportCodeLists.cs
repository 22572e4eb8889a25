using Microsoft.EntityFrameworkCore;
using TraffickingCare.Web.Data;

namespace TraffickingCare.Web.Features.Reports.Import;

/// <summary>
/// The codes of the lists the file's code columns use, loaded once per validation. Codes retired from use still
/// count: a historical file holds the codes of its time.
/// </summary>
public sealed record ImportCodeLists(IReadOnlyDictionary<string, IReadOnlySet<string>> Codes)
{
    public bool Has(string list, string code) => Codes.TryGetValue(list, out var codes) && codes.Contains(code);

    public static async Task<ImportCodeLists> LoadAsync(AppDbContext db, CancellationToken ct)
    {
        var lists = ImportColumns.CodeLists.Values.Distinct().ToList();
        var items = await db.CodeListItems.AsNoTracking().Where(i => lists.Contains(i.List)).Select(i => new { i.List, i.Code }).ToListAsync(ct);
        return new(items.GroupBy(i => i.List).ToDictionary(
            g => g.Key, g => (IReadOnlySet<string>)g.Select(i => i.Code).ToHashSet(StringComparer.Ordinal), StringComparer.Ordinal));
    }
}
