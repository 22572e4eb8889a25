using System.Globalization;
using SkiaSharp;
using TraffickingCare.Web.Reporting.Blocks;

namespace TraffickingCare.Web.Reporting;

/// <summary>
/// A document as a list of blocks, built fluently and rendered by <see cref="IPdfRenderer"/>. Every page
/// gets the Centre's name and <see cref="Reference"/> at the top and "page X of Y" in
/// <see cref="Culture"/> at the bottom. Text is printed exactly as given: the caller decides what
/// personal data a document may hold.
/// </summary>
public sealed class PdfDocumentModel(string title, string reference)
{
    private readonly List<Block> blocks = [];

    /// <summary>The PDF's title (document properties); print it too with <see cref="Heading"/> if it belongs on the page.</summary>
    public string Title { get; } = title;

    /// <summary>Printed in the header of every page, e.g. the case code.</summary>
    public string Reference { get; } = reference;

    /// <summary>Language of the page footer; defaults to the user's current UI language.</summary>
    public CultureInfo Culture { get; init; } = CultureInfo.CurrentUICulture;

    /// <summary>Orientation of the first page; <see cref="PageBreak"/> can turn the pages after it.</summary>
    public PageOrientation Orientation { get; init; } = PageOrientation.Portrait;

    public PageMargins Margins { get; init; } = PageMargins.Default;

    internal IReadOnlyList<Block> Blocks => blocks;

    /// <summary>
    /// Level 1 for the document's title, 2 for sections, 3 for subsections. An <paramref name="anchor"/> lets
    /// <see cref="Contents"/> name the page the heading lands on; each anchor may be given once.
    /// </summary>
    public PdfDocumentModel Heading(string text, int level = 1, string? anchor = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(level, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(level, 3);
        return Add(new HeadingBlock(text, level, anchor));
    }

    /// <summary>
    /// A table of contents: each entry's title, a dotted leader and the number of the page its anchored heading lands
    /// on, right-aligned. The headings may come before or after it; the numbers are filled in once the whole document
    /// is laid out, and their column has a fixed width, so the contents never change the page count.
    /// </summary>
    public PdfDocumentModel Contents(IReadOnlyList<PdfContentsEntry> entries)
    {
        ArgumentOutOfRangeException.ThrowIfZero(entries.Count);
        return Add(new ContentsBlock(entries));
    }

    /// <summary>Wrapped to the line width; "\n" starts a new line.</summary>
    public PdfDocumentModel Paragraph(string text, bool bold = false) => Add(new ParagraphBlock(text, bold));

    public PdfDocumentModel KeyValues(params (string Label, string Value)[] pairs) => Add(new KeyValueBlock(pairs));

    public PdfDocumentModel Table(PdfTable table)
    {
        if (table.Columns.Count == 0)
        {
            throw new ArgumentException("A table needs at least one column.", nameof(table));
        }

        return Add(new TableBlock(table));
    }

    /// <summary>PNG or JPEG bytes, <paramref name="width"/> in points (scaled down to fit the line and the page).</summary>
    public PdfDocumentModel Image(byte[] pngOrJpeg, float width) => Add(new ImageBlock(pngOrJpeg, width));

    /// <summary>A chart or figure: the callback draws on the canvas from (0,0) within the given size in points.</summary>
    public PdfDocumentModel Drawing(float width, float height, Action<SKCanvas, SKSize> draw) =>
        Add(new DrawingBlock(width, height, string.Empty, (canvas, size, _) => draw(canvas, size)));

    /// <summary>
    /// A drawing that writes text with the document's own faces (a chart's labels). The document embeds only the
    /// glyphs it prints, so <paramref name="text"/> must hold every character the drawing may write beyond printable
    /// ASCII, which is always kept; a character missing from it would print as an empty box.
    /// </summary>
    public PdfDocumentModel Drawing(float width, float height, string text, Action<SKCanvas, SKSize, ReportFonts> draw) =>
        Add(new DrawingBlock(width, height, text, draw));

    /// <summary>
    /// A column chart across the line width, <paramref name="height"/> points tall with its labels;
    /// values are written in the document's culture. For other charts use <see cref="Drawing"/>.
    /// </summary>
    public PdfDocumentModel BarChart(IReadOnlyList<(string Label, double Value)> bars, float height = 200)
    {
        ArgumentOutOfRangeException.ThrowIfZero(bars.Count);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(height);
        return Add(new BarChartBlock(bars, height));
    }

    public PdfDocumentModel Spacer(float points) => Add(new SpacerBlock(points));

    public PdfDocumentModel PageBreak(PageOrientation? turnTo = null) => Add(new PageBreakBlock(turnTo));

    /// <summary>One signature line per caption, side by side.</summary>
    public PdfDocumentModel Signatures(params string[] captions)
    {
        ArgumentOutOfRangeException.ThrowIfZero(captions.Length);
        return Add(new SignatureBlock(captions));
    }

    private PdfDocumentModel Add(Block block)
    {
        blocks.Add(block);
        return this;
    }
}
