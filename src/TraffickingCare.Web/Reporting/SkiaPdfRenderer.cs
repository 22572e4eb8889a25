using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using SkiaSharp;
using TraffickingCare.Web.Reporting.Layout;
using TraffickingCare.Web.Resources;

namespace TraffickingCare.Web.Reporting;

/// <summary>
/// Renders through SkiaSharp's PDF backend (the engine QuestPDF itself draws with). A singleton: the
/// typefaces are shared, everything else (fonts, the document's subset faces, pages, the SKDocument) belongs to one call.
/// </summary>
public sealed class SkiaPdfRenderer(
    ReportFonts fonts,
    IOptions<ReportingOptions> options,
    IStringLocalizer<SharedResource> localizer,
    ILogger<SkiaPdfRenderer> logger) : IPdfRenderer
{
    public const string PageNumberKey = "Reporting.PageNumber";

    public byte[] Render(PdfDocumentModel document)
    {
        var started = Stopwatch.GetTimestamp();
        using var type = new Typesetter(fonts);

        // Lay out everything first: the footer of page 1 already needs the page count.
        var flow = new PageFlow(type, document.Culture, document.Orientation, document.Margins);
        foreach (var block in document.Blocks)
        {
            block.Layout(flow);
        }

        var pages = flow.Pages;
        var decoration = new PageDecoration(SerbianScript.For(document.Culture, options.Value.CentreName), document.Reference, PageNumberFormat(document.Culture), document.Culture);

        // Drawn with faces cut down to the characters this document prints: the layout's metrics hold for them, as a
        // subset keeps each glyph's advance. Without a subsetter the whole faces are embedded, as they used to be.
        using var subset = fonts.Subset(DocumentCharacters.Of(pages, decoration.Texts(pages.Count)));
        using var subsetType = subset is null ? null : new Typesetter(subset);
        if (subset is null)
        {
            logger.PdfFontsEmbeddedWhole();
        }

        var ink = subsetType ?? type;
        using var output = new MemoryStream();
        using (var pdf = SKDocument.CreatePdf(output, Metadata(document)))
        {
            for (var i = 0; i < pages.Count; i++)
            {
                var canvas = pdf.BeginPage(pages[i].Size.Width, pages[i].Size.Height);
                foreach (var item in pages[i].Items)
                {
                    item.Draw(canvas, ink);
                }

                decoration.Draw(canvas, pages[i], i + 1, pages.Count, ink);
                pdf.EndPage();
            }

            pdf.Close();
        }

        logger.PdfRendered(pages.Count, output.Length, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        return output.ToArray();
    }

    /// <summary>The footer follows the document's language, which need not be the language of the request.</summary>
    private string PageNumberFormat(CultureInfo culture)
    {
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = culture;
        try
        {
            return localizer[PageNumberKey];
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }

    // Author is the institution; nothing about the person or the user goes into the document's properties.
    // Starts from Default: a bare struct would say encoding quality 0, turning opaque images into poor JPEGs.
    private SKDocumentPdfMetadata Metadata(PdfDocumentModel document)
    {
        var metadata = SKDocumentPdfMetadata.Default;
        metadata.Title = document.Title;
        metadata.Author = SerbianScript.For(document.Culture, options.Value.CentreName);
        metadata.Creator = "TraffickingCare";
        return metadata;
    }
}
