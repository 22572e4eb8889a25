using Microsoft.EntityFrameworkCore;
using TraffickingCare.Web.Data;

namespace TraffickingCare.Web.Features.Reports.Annual;

/// <summary>
/// The services logged in the report's five years, by type: how many, and for how many cases, each year. One SQL
/// command over the services' covering index: a case's services of one type are counted per year in one row (the
/// index is ordered by type and case, so grouping needs no sort), and those rows are then summed by type. Services are
/// the most numerous record the Centre keeps (about 20 a case), so this shape is what keeps the report fast.
/// A service that a later one amends is not counted; the amendment is.
/// </summary>
internal sealed class ServiceFiguresQuery(AppDbContext db)
{
    public async Task<IReadOnlyList<ServiceFigure>> ListAsync(ReportYears span, CancellationToken ct)
    {
        var (first, last) = (span.FirstDay, span.LastDay);
        var (d1, d2, d3, d4) = (Day(span, 1), Day(span, 2), Day(span, 3), Day(span, 4));

        // NOT IN over the few amending services is read once; a NOT EXISTS would probe an index for every service.
        var amended = db.CaseServices.AsNoTracking().Where(a => a.AmendsServiceId != null).Select(a => a.AmendsServiceId!.Value);
        var perCase = db.CaseServices.AsNoTracking()
            .Where(s => s.On >= first && s.On <= last && !amended.Contains(s.Id))
            .GroupBy(s => new { s.TypeCode, s.CaseId })
            .Select(g => new
            {
                g.Key.TypeCode,
                N0 = g.Count(s => s.On < d1),
                N1 = g.Count(s => s.On >= d1 && s.On < d2),
                N2 = g.Count(s => s.On >= d2 && s.On < d3),
                N3 = g.Count(s => s.On >= d3 && s.On < d4),
                N4 = g.Count(s => s.On >= d4),
            });
        var byType = await perCase.GroupBy(p => p.TypeCode)
            .Select(g => new
            {
                Type = g.Key,
                N0 = g.Sum(p => p.N0),
                C0 = g.Count(p => p.N0 > 0),
                N1 = g.Sum(p => p.N1),
                C1 = g.Count(p => p.N1 > 0),
                N2 = g.Sum(p => p.N2),
                C2 = g.Count(p => p.N2 > 0),
                N3 = g.Sum(p => p.N3),
                C3 = g.Count(p => p.N3 > 0),
                N4 = g.Sum(p => p.N4),
                C4 = g.Count(p => p.N4 > 0),
            })
            .ToListAsync(ct);

        return [.. byType.SelectMany(t => new[]
        {
            new ServiceFigure(span.Years[0], t.Type, t.N0, t.C0),
            new ServiceFigure(span.Years[1], t.Type, t.N1, t.C1),
            new ServiceFigure(span.Years[2], t.Type, t.N2, t.C2),
            new ServiceFigure(span.Years[3], t.Type, t.N3, t.C3),
            new ServiceFigure(span.Years[4], t.Type, t.N4, t.C4),
        })];
    }

    /// <summary>The first day of the report's year at <paramref name="index"/> (a service belongs to the year of its day).</summary>
    private static DateOnly Day(ReportYears span, int index) => new(span.Years[index], 1, 1);
}

/// <summary>The services of one type in one year, and the cases they were given to.</summary>
internal sealed record ServiceFigure(int Year, string Type, int Count, int Cases);
