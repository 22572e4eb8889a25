using Microsoft.EntityFrameworkCore;
using TraffickingCare.Web.Data;

namespace TraffickingCare.Web.Features.CodeLists;

/// <summary>The sort order a new value gets by default: after the last one.</summary>
public sealed class NextSortOrderQuery(AppDbContext db)
{
    /// <returns>null when no such list exists.</returns>
    public async Task<int?> GetAsync(string list, CancellationToken ct)
    {
        var max = await db.CodeListItems.IgnoreQueryFilters().Where(x => x.List == list).MaxAsync(x => (int?)x.SortOrder, ct);
        return max is null ? null : max + 10;
    }
}
