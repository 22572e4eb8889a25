using Microsoft.EntityFrameworkCore;
using TraffickingCare.Web.Data;

namespace TraffickingCare.Web.Features.Reports.Annual;

/// <summary>
/// The year's revisions and the cells two of them disagree on (by default the latest against the one before): a cell
/// present in only one of them counts as a difference too. Two SQL commands; the cells of a revision are a few
/// thousand aggregates, compared in memory.
/// </summary>
public sealed class RevisionDiffQuery(AppDbContext db, RevisionListQuery list)
{
    public async Task<RevisionDiffPage> GetAsync(int year, int? left, int? right, CancellationToken ct)
    {
        var revisions = await list.GetAsync(year, ct);
        var newer = right ?? revisions.FirstOrDefault()?.Revision;
        var older = left ?? revisions.Select(r => (int?)r.Revision).FirstOrDefault(r => r < newer);
        if (older is null || newer is null || older == newer)
        {
            return new RevisionDiffPage(year, revisions, older, newer, []);
        }

        var cells = await (from c in db.PublishedCells.AsNoTracking()
                           join r in db.PublishedReports on c.ReportId equals r.Id
                           where r.Year == year && (r.Revision == older || r.Revision == newer)
                           select new { r.Revision, c.Table, c.Row, c.Year, c.Value }).ToListAsync(ct);
        var differences = cells.GroupBy(c => (c.Table, c.Row, c.Year))
            .Select(g => new CellDifference(
                g.Key.Table, g.Key.Row, g.Key.Year,
                g.Where(c => c.Revision == older).Select(c => (int?)c.Value).FirstOrDefault(),
                g.Where(c => c.Revision == newer).Select(c => (int?)c.Value).FirstOrDefault()))
            .Where(d => d.Left != d.Right)
            .OrderBy(d => d.Table, StringComparer.Ordinal).ThenBy(d => d.Row, StringComparer.Ordinal).ThenBy(d => d.Year)
            .ToList();
        return new RevisionDiffPage(year, revisions, older, newer, differences);
    }
}

public sealed record RevisionDiffPage(int Year, IReadOnlyList<RevisionSummary> Revisions, int? Left, int? Right, IReadOnlyList<CellDifference> Differences);

/// <summary>A cell two revisions disagree on; null where a revision lacks the cell.</summary>
public sealed record CellDifference(string Table, string Row, int Year, int? Left, int? Right);
