using Microsoft.EntityFrameworkCore;
using TraffickingCare.Web.Data;

namespace TraffickingCare.Web.Features.CodeLists;

public sealed class CodeListIndexQuery(AppDbContext db)
{
    public async Task<IReadOnlyList<CodeListSummary>> GetAsync(CancellationToken ct) =>
        await db.CodeListItems.AsNoTracking()
            .GroupBy(x => x.List)
            .OrderBy(g => g.Key)
            .Select(g => new CodeListSummary(g.Key, g.Count(), g.Count(x => x.IsActive)))
            .ToListAsync(ct);
}
