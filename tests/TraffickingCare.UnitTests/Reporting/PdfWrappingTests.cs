using TraffickingCare.Web.Reporting;
using UglyToad.PdfPig;

namespace TraffickingCare.UnitTests.Reporting;

public sealed class PdfWrappingTests
{
    private static readonly string LongWord = string.Concat(Enumerable.Repeat("Nerazdvojivareč", 12));

    private static readonly string LongParagraph = string.Join(" ", Enumerable.Range(1, 700).Select(i =>
        (i % 3) switch { 0 => "žrtva", 1 => "мишљење", _ => $"reč{i}" })) + " " + LongWord;

    [Theory]
    [InlineData(PageOrientation.Portrait)]
    [InlineData(PageOrientation.Landscape)]
    public void A_long_paragraph_wraps_within_the_margins_on_every_page(PageOrientation orientation)
    {
        var margins = new PageMargins(60, 70, 60, 80);
        var pdf = TestPdf.Renderer.Render(new PdfDocumentModel("Zapisnik", "TC-2026-0042") { Orientation = orientation, Margins = margins }
            .Paragraph(LongParagraph));

        using var document = PdfDocument.Open(pdf);
        var pages = document.GetPages().ToList();
        var letters = pages.SelectMany(p => p.Letters.Where(l => !string.IsNullOrWhiteSpace(l.Value)).Select(l => (Page: p, Letter: l))).ToList();

        Assert.True(pages.Count > 1);
        Assert.All(letters, x =>
        {
            Assert.InRange(x.Letter.BoundingBox.Left, margins.Left - 0.5, x.Page.Width - margins.Right + 0.5);
            Assert.InRange(x.Letter.BoundingBox.Right, margins.Left - 0.5, x.Page.Width - margins.Right + 0.5);
        });

        // Only the page header and footer may stand in the top and bottom margins: the whole paragraph is between them.
        var body = letters.Where(x =>
            x.Letter.BoundingBox.Bottom >= margins.Bottom - 0.5 && x.Letter.BoundingBox.Top <= x.Page.Height - margins.Top + 0.5);
        Assert.Equal(LongParagraph.Replace(" ", string.Empty, StringComparison.Ordinal), string.Concat(body.Select(x => x.Letter.Value)));
    }

    [Fact]
    public void A_word_longer_than_the_line_is_broken_across_lines()
    {
        var pdf = TestPdf.Renderer.Render(TestPdf.Document().Paragraph(LongWord));

        var lines = TestPdf.Lines(pdf).Single();
        var pieces = lines.Skip(1).SkipLast(1).ToList();

        Assert.True(pieces.Count >= 2);
        Assert.Equal(LongWord, string.Concat(pieces));
    }

    [Fact]
    public void Line_breaks_in_the_text_are_kept()
    {
        var pdf = TestPdf.Renderer.Render(TestPdf.Document().Paragraph("prvi red\ndrugi red\r\ntreći red"));

        var lines = TestPdf.Lines(pdf).Single();

        Assert.Equal(["prvi red", "drugi red", "treći red"], lines.Skip(1).SkipLast(1));
    }
}
