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
    public byte[] Render(AnnualReportView view, CultureInfo culture) =>
        // The localizer, the numbers and the charts (drawn while the renderer runs) all read the current cultures.
        InCulture(culture, () => renderer.Render(AnnualReportDocument.Compose(view, charts, l, culture)));

    /// <summary>The report, the year and the revision (or draft), and internal when small cells show, in the document's language: never a name.</summary>
    public string FileName(AnnualReportView view, CultureInfo culture) => InCulture(culture, () =>
    {
        var version = view.Revision is { } revision ? l["Files.Revision", revision] : l["Files.Draft"];
        var internalMark = view.IsSuppressed ? string.Empty : $"-{l["Files.Internal"]}";
        return string.Create(CultureInfo.InvariantCulture, $"{l["Files.AnnualReport"]}-{view.Year}-{version}{internalMark}.pdf");
    });

    private static T InCulture<T>(CultureInfo culture, Func<T> work)
    {
        var (ui, formatting) = (CultureInfo.CurrentUICulture, CultureInfo.CurrentCulture);
        CultureInfo.CurrentUICulture = culture;
        CultureInfo.CurrentCulture = culture;
        try
        {
            return work();
        }
        finally
        {
            CultureInfo.CurrentUICulture = ui;
            CultureInfo.CurrentCulture = formatting;
        }
    }
}
