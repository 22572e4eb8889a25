using System.Globalization;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using TraffickingCare.Web.Reporting;
using TraffickingCare.Web.Resources;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace TraffickingCare.UnitTests.Reporting;

/// <summary>Renders with the real fonts and resource files, and reads the PDF back as lines of text per page.</summary>
internal static class TestPdf
{
    public const string CentreName = "Centar za zaštitu žrtava trgovine ljudima";

    private static readonly Lazy<ReportFonts> SharedFonts = new(() => new ReportFonts(Options.Create(new ReportingOptions())));

    private static readonly Lazy<SkiaPdfRenderer> SharedRenderer = new(() => new SkiaPdfRenderer(
        SharedFonts.Value,
        Options.Create(new ReportingOptions { CentreName = CentreName }),
        new StringLocalizer<SharedResource>(new ResourceManagerStringLocalizerFactory(
            Options.Create(new LocalizationOptions()), NullLoggerFactory.Instance)),
        NullLogger<SkiaPdfRenderer>.Instance));

    public static IPdfRenderer Renderer => SharedRenderer.Value;

    public static ReportFonts Fonts => SharedFonts.Value;

    public static PdfDocumentModel Document(string culture = "sr-Latn-RS", string reference = "TC-2026-0042") =>
        new("Nalaz i mišljenje", reference) { Culture = CultureInfo.GetCultureInfo(culture) };

    /// <summary>Each page's text as lines, top to bottom; words on one baseline joined by single spaces.</summary>
    public static List<List<string>> Lines(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return document.GetPages().Select(LinesOf).ToList();
    }

    public static List<string> LinesOf(Page page) =>
        page.GetWords()
            .GroupBy(w => Math.Round(w.BoundingBox.Bottom / 2))
            .OrderByDescending(g => g.Key)
            .Select(g => string.Join(" ", g.OrderBy(w => w.BoundingBox.Left).Select(w => w.Text)))
            .ToList();
}
