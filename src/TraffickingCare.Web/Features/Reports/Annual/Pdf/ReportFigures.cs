using System.Globalization;
using TraffickingCare.Web.Features.Reports.Annual.Charts;
using TraffickingCare.Web.Reporting;

namespace TraffickingCare.Web.Features.Reports.Annual.Pdf;

/// <summary>How the PDF writes a figure: the shown value as it is, a change only between two exact counts.</summary>
internal static class ReportFigures
{
    /// <summary>The width of the text column of a portrait A4 page with the engine's margins; a wider drawing is scaled down.</summary>
    private const float LineWidth = 481;

    public static string Year(int year) => year.ToString(CultureInfo.InvariantCulture);

    /// <summary>An exact count in the document's number format; "&lt;3" and "x" as the view shows them.</summary>
    public static string Shown(ReportRowView row, int year) =>
        row.Exact(year) is { } n ? n.ToString("#,0", CultureInfo.CurrentCulture) : row.Values.GetValueOrDefault(year, "x");

    /// <summary>The difference when both years are exact: a change against a hidden value would give the hidden value away.</summary>
    public static string Change(ReportRowView row, int previous, int year) =>
        (row.Exact(previous), row.Exact(year)) is ({ } before, { } now)
            ? (now - before).ToString("+#,0;−#,0;0", CultureInfo.CurrentCulture)
            : "–";

    public static void Chart(PdfDocumentModel document, ReportChart chart, AnnualReportCharts charts) =>
        document.Drawing(LineWidth, AnnualReportCharts.Height(chart, LineWidth), (canvas, size) => charts.Draw(chart, canvas, size));
}
