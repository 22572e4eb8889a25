using Microsoft.EntityFrameworkCore;
using TraffickingCare.Web.Data;

namespace TraffickingCare.Web.Features.Reports.Annual;

/// <summary>
/// The services logged in the report's five years, by type: how many, and for how many cases, each year. Services are
/// the most numerous record the Centre keeps (a dozen or more a case), so they are not read here: the tallies kept on every
/// save (one row per case, type and year, <see cref="Data.Tallies.ServiceTallies"/>, with its counting rule) are summed
/// in one <c>GROUP BY</c> over their covering index, and a case counts once per row it has.
/// </summary>
internal sealed class ServiceFiguresQuery(AppDbContext db)
{
    public async Task<IReadOnlyList<ServiceFigure>> ListAsync(ReportYears span, CancellationToken ct)
    {
        var (first, last) = (span.Years[0], span.Years[^1]);
        return await db.ServiceTallies.AsNoTracking()
            .Where(t => t.Year >= first && t.Year <= last)
            .GroupBy(t => new { t.Year, t.TypeCode })
            .Select(g => new ServiceFigure(g.Key.Year, g.Key.TypeCode, g.Sum(t => t.Services), g.Count()))
            .ToListAsync(ct);
    }
}

/// <summary>The services of one type in one year, and the cases they were given to.</summary>
internal sealed record ServiceFigure(int Year, string Type, int Count, int Cases);
