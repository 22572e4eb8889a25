using System.Globalization;
using Microsoft.Extensions.Localization;
using TraffickingCare.Web.Features.Reports.Annual.Charts;
using TraffickingCare.Web.Reporting;
using TraffickingCare.Web.Resources;

namespace TraffickingCare.Web.Features.Reports.Annual.Pdf;

/// <summary>
/// The annual report as a PDF in the language the caller names (sr-Latn-RS, sr-Cyrl-RS or en), whatever the request's
/// own language: a cover, the contents, the introduction, the five-year trend, every table with its chart, the notes on
/// definitions. It prints the view's shown values only, so a suppressed view gives a suppressed PDF.
/// </summary>
public sealed class AnnualReportPdf(IPdfRenderer renderer, AnnualReportCharts charts, IStringLocalizer<SharedResource> l)
{
    public byte[] Render(AnnualReportView view, CultureInfo culture)
    {
        // The localizer, the numbers and the charts (drawn while the renderer runs) all read the current cultures.
        var (ui, formatting) = (CultureInfo.CurrentUICulture, CultureInfo.CurrentCulture);
        CultureInfo.CurrentUICulture = culture;
        CultureInfo.CurrentCulture = culture;
        try
        {
            return renderer.Render(AnnualReportDocument.Compose(view, charts, l, culture));
        }
        finally
        {
            CultureInfo.CurrentUICulture = ui;
            CultureInfo.CurrentCulture = formatting;
        }
    }

    /// <summary>The year and the revision (or "draft"/"internal"): never a name, the same in every language.</summary>
    public static string FileName(AnnualReportView view)
    {
        var version = view.Revision is { } revision ? $"rev{revision}" : "draft";
        var internalMark = view.IsSuppressed ? string.Empty : "-internal";
        return string.Create(CultureInfo.InvariantCulture, $"annual-report-{view.Year}-{version}{internalMark}.pdf");
    }
}
