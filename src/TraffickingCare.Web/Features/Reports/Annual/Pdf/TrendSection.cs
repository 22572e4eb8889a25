using Microsoft.Extensions.Localization;
using TraffickingCare.Web.Features.Reports.Annual.Charts;
using TraffickingCare.Web.Reporting;
using TraffickingCare.Web.Resources;

namespace TraffickingCare.Web.Features.Reports.Annual.Pdf;

/// <summary>The headline series over every year the report shows: a table of the shown values and its chart.</summary>
internal sealed class TrendSection(int number, AnnualReportView view, ReportChart chart, IStringLocalizer<SharedResource> l)
    : ReportSection(number)
{
    private string Title => Numbered(l["ReportPdf.Trend", view.Years[0], view.Year]);

    public override IEnumerable<PdfContentsEntry> Contents => [new(Title, Anchor)];

    public override void Write(PdfDocumentModel document)
    {
        var table = new PdfTable().Column(l["ReportPdf.Column.Category"], 2.4f);
        foreach (var year in view.Years)
        {
            table.Column(ReportFigures.Year(year), 1, CellAlignment.Right);
        }

        foreach (var row in chart.Rows)
        {
            table.Row([row.Label, .. view.Years.Select(y => ReportFigures.Shown(row, y))]);
        }

        document.Heading(Title, anchor: Anchor).Table(table);
        ReportFigures.Chart(document, chart, l);
    }
}
