using System.Globalization;
using Microsoft.Extensions.Localization;
using TraffickingCare.Web.Features.Reports.Annual.Charts;
using TraffickingCare.Web.Reporting;
using TraffickingCare.Web.Resources;

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

    /// <summary>
    /// The chart is drawn with the document's own faces, cut down to the glyphs the document prints: charts over those
    /// faces draw it, so the PDF embeds each face once. It writes its labels, its series' names and its values.
    /// </summary>
    public static void Chart(PdfDocumentModel document, ReportChart chart, IStringLocalizer<SharedResource> l)
    {
        var numbers = CultureInfo.CurrentCulture.NumberFormat;
        string[] text = [chart.Title, .. chart.Rows.Select(r => r.Label), .. chart.Years.Select(chart.NameOf), numbers.NumberGroupSeparator, numbers.NegativeSign];
        document.Drawing(LineWidth, AnnualReportCharts.Height(chart, LineWidth), string.Join("\n", text),
            (canvas, size, fonts) => new AnnualReportCharts(fonts, l).Draw(chart, canvas, size));
    }
}
