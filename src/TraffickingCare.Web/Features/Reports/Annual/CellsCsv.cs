using System.Globalization;
using System.Text;
using TraffickingCare.Domain.Reports;

namespace TraffickingCare.Web.Features.Reports.Annual;

/// <summary>
/// The cell contract of STATISTICS.md: a header <c>table,row,year,value</c>, then one line per cell, comma-separated,
/// UTF-8 without a byte-order mark, lines ending in LF. Keys never hold a comma or a quote, so no field is quoted.
/// </summary>
public static class CellsCsv
{
    public const string Header = "table,row,year,value";

    public static string Write(ReportSource source, bool suppressed)
    {
        var shown = source.Shown(suppressed);
        var text = new StringBuilder(Header).Append('\n');
        foreach (var cell in source.Cells)
        {
            var value = shown[new CellKey(cell.Table, cell.Row, cell.Year)];
            text.Append(cell.Table).Append(',').Append(cell.Row).Append(',')
                .Append(cell.Year.ToString(CultureInfo.InvariantCulture)).Append(',').Append(value).Append('\n');
        }

        return text.ToString();
    }

    public static string FileName(int year, int? revision, bool @internal) =>
        $"report-{year}-{(revision is { } r ? "r" + r.ToString(CultureInfo.InvariantCulture) : "live")}{(@internal ? "-internal" : string.Empty)}.csv";
}
