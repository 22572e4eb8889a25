using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Microsoft.Extensions.Localization;
using TraffickingCare.Web.Resources;

namespace TraffickingCare.Web.Features.Reports.Annual.Workbook;

/// <summary>
/// The annual report as an XLSX workbook: one sheet per table, named from its title in the reader's language; a header
/// row (the table's full title over the row labels, then each year); one row per report row, each value a number where
/// the report shows it exactly and the shown text ("&lt;3", "x") where the small-cell rule hid it, so that a sum in
/// the spreadsheet never takes a hidden cell for a count. Under the rows, the table's note and, in a suppressed
/// report, what the two marks mean. Written with DocumentFormat.OpenXml: no hand-written XML.
/// </summary>
public sealed class AnnualReportWorkbook(IStringLocalizer<SharedResource> l)
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public byte[] Build(AnnualReportView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new DocumentFormat.OpenXml.Spreadsheet.Workbook();
            var sheets = workbook.Workbook.AppendChild(new Sheets());
            var names = new WorksheetNames();

            // Excel refuses a workbook without a sheet: a report without tables still gets one, holding its header.
            var tables = view.Tables.Count > 0
                ? view.Tables
                : [new ReportTableView(string.Empty, view.Year.ToString(System.Globalization.CultureInfo.InvariantCulture), null, false, [])];
            uint sheetId = 1;
            foreach (var table in tables)
            {
                var part = workbook.AddNewPart<WorksheetPart>();
                part.Worksheet = Sheet(view, table);
                sheets.Append(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = sheetId++, Name = names.Next(table.Title, table.Key) });
            }
        }

        return stream.ToArray();
    }

    private Worksheet Sheet(AnnualReportView view, ReportTableView table)
    {
        var data = new SheetData();
        var header = new List<Cell> { Text(table.Title) };
        // The years as text: a spreadsheet's chart then reads them as the categories, not as one more series.
        header.AddRange(view.Years.Select(y => Text(y.ToString(System.Globalization.CultureInfo.InvariantCulture))));
        data.Append(Row(1, header));

        uint index = 2;
        foreach (var row in table.Rows)
        {
            var cells = new List<Cell> { Text(row.Label) };
            cells.AddRange(view.Years.Select(year => Value(row, year)));
            data.Append(Row(index++, cells));
        }

        index++; // a blank row between the figures and the notes
        foreach (var note in Notes(view, table))
        {
            data.Append(Row(index++, [Text(note)]));
        }

        // The labels are long ("Identifikovane žrtve prema obliku eksploatacije"): a wide first column, narrow years.
        var columns = new Columns(
            new Column { Min = 1, Max = 1, Width = 60, CustomWidth = true },
            new Column { Min = 2, Max = (uint)Math.Max(2, view.Years.Count + 1), Width = 10, CustomWidth = true });
        return new Worksheet(columns, data);
    }

    private IEnumerable<string> Notes(AnnualReportView view, ReportTableView table)
    {
        if (!string.IsNullOrWhiteSpace(table.Note))
        {
            yield return table.Note;
        }

        if (view.IsSuppressed)
        {
            yield return l["ReportXlsx.SuppressionLegend", view.SuppressionThreshold];
        }
    }

    private static Cell Value(ReportRowView row, int year) =>
        row.Exact(year) is { } count ? Number(count)
        : row.Values.TryGetValue(year, out var shown) ? Text(shown)
        : new Cell();

    private static Row Row(uint index, IReadOnlyList<Cell> cells)
    {
        for (var i = 0; i < cells.Count; i++)
        {
            cells[i].CellReference = Column(i) + index.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return new Row(cells) { RowIndex = index };
    }

    private static Cell Number(int value) => new() { DataType = CellValues.Number, CellValue = new CellValue(value) };

    // Inline strings: no shared-string table to keep in step, and a "<3" is text, never a number.
    private static Cell Text(string value) => new() { DataType = CellValues.InlineString, InlineString = new InlineString(new Text(value)) };

    private static string Column(int index)
    {
        var name = string.Empty;
        for (var n = index + 1; n > 0; n = (n - 1) / 26)
        {
            name = (char)('A' + ((n - 1) % 26)) + name;
        }

        return name;
    }
}
