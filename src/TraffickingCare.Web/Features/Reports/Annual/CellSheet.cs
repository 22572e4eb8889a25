using TraffickingCare.Domain.Reports;

namespace TraffickingCare.Web.Features.Reports.Annual;

/// <summary>Collects the cells of the report: every row of a table in every year, zeros included.</summary>
internal sealed class CellSheet(IReadOnlyList<int> years)
{
    private readonly List<ReportCell> cells = [];

    public IReadOnlyList<ReportCell> Cells => cells;

    public void Add(string table, IEnumerable<string> rows, Func<string, int, int> value)
    {
        foreach (var row in rows)
        {
            cells.AddRange(years.Select(y => new ReportCell(table, row, y, value(row, y))));
        }
    }

    /// <summary>
    /// A table of grouped counts: the fixed rows in their order, then any other key the counts hold (a retired code),
    /// then the trailing rows (the table's "unknown").
    /// </summary>
    public void AddCodes(string table, IEnumerable<string> rows, IEnumerable<(int Year, string Row, int Count)> counts, params string[] trailing)
    {
        var all = counts.ToList();
        var fixedRows = rows.Except(trailing).ToList();
        var extra = all.Select(c => c.Row).Distinct().Where(r => !fixedRows.Contains(r) && !trailing.Contains(r)).Order(StringComparer.Ordinal);
        Add(table, [.. fixedRows, .. extra, .. trailing], (row, y) => all.Where(c => c.Year == y && c.Row == row).Sum(c => c.Count));
    }
}
