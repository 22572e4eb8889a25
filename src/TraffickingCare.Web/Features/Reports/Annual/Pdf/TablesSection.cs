using Microsoft.Extensions.Localization;
using TraffickingCare.Web.Features.Reports.Annual.Charts;
using TraffickingCare.Web.Reporting;
using TraffickingCare.Web.Resources;

namespace TraffickingCare.Web.Features.Reports.Annual.Pdf;

/// <summary>Every table of the report: its rows with the previous year, the report year and the change; a main table's chart under it.</summary>
internal sealed class TablesSection(int number, AnnualReportView view, AnnualReportCharts charts, IStringLocalizer<SharedResource> l) : ReportSection(number)
{
    public override IEnumerable<PdfContentsEntry> Contents =>
        [new(Numbered(l["ReportPdf.Tables"]), Anchor), .. view.Tables.Select((t, i) => new PdfContentsEntry(TableTitle(t, i), TableAnchor(i), Level: 2))];

    public override void Write(PdfDocumentModel document)
    {
        document.PageBreak().Heading(Numbered(l["ReportPdf.Tables"]), anchor: Anchor);
        for (var i = 0; i < view.Tables.Count; i++)
        {
            var table = view.Tables[i];
            document.Heading(TableTitle(table, i), 2, TableAnchor(i));
            if (!string.IsNullOrWhiteSpace(table.Note))
            {
                document.Paragraph(table.Note);
            }

            var figures = new PdfTable()
                .Column(l["ReportPdf.Column.Category"], 2.6f)
                .Column(ReportFigures.Year(view.PreviousYear), 1, CellAlignment.Right)
                .Column(ReportFigures.Year(view.Year), 1, CellAlignment.Right)
                .Column(l["ReportPdf.Column.Change"], 1, CellAlignment.Right);
            foreach (var row in table.Rows)
            {
                figures.Row(row.Label, ReportFigures.Shown(row, view.PreviousYear), ReportFigures.Shown(row, view.Year), ReportFigures.Change(row, view.PreviousYear, view.Year));
            }

            document.Table(figures);
            // The summary's chart, the trend, has a section of its own.
            if (charts.For(view, table) is { Layout: not ChartLayout.Trend } chart)
            {
                ReportFigures.Chart(document, chart, l);
            }
        }
    }

    private string TableTitle(ReportTableView table, int index) => $"{Number}.{index + 1}. {table.Title}";

    private string TableAnchor(int index) => $"{Anchor}-table-{index + 1}";
}
