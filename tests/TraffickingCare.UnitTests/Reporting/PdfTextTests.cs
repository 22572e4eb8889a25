using System.Globalization;
using TraffickingCare.Web.Reporting;

namespace TraffickingCare.UnitTests.Reporting;

public sealed class PdfTextTests
{
    [Fact]
    public void Serbian_latin_and_cyrillic_text_comes_back_exactly()
    {
        var pdf = TestPdf.Renderer.Render(TestPdf.Document()
            .Heading("Nalaz i mišljenje")
            .Heading("Налаз и мишљење", 2)
            .Paragraph("đ č ć ž š Đ Č Ć Ž Š џ љ њ ђ ћ")
            .KeyValues(("Šifra slučaja", "TC-2026-0042"), ("Датум", "22.11.2026.")));

        var lines = TestPdf.Lines(pdf).Single();

        Assert.Contains("Nalaz i mišljenje", lines);
        Assert.Contains("Налаз и мишљење", lines);
        Assert.Contains("đ č ć ž š Đ Č Ć Ž Š џ љ њ ђ ћ", lines);
        Assert.Contains("Šifra slučaja TC-2026-0042", lines);
        Assert.Contains("Датум 22.11.2026.", lines);
    }

    [Theory]
    [InlineData("sr-Latn-RS", "strana {0} od 3")]
    [InlineData("sr-Cyrl-RS", "страна {0} од 3")]
    [InlineData("en", "page {0} of 3")]
    public void Every_page_has_the_centre_and_reference_on_top_and_its_number_in_the_document_language_at_the_foot(string culture, string footer)
    {
        var pdf = TestPdf.Renderer.Render(TestPdf.Document(culture, reference: "TC-2026-0042")
            .Paragraph("prva").PageBreak().Paragraph("druga").PageBreak().Paragraph("treća"));

        var pages = TestPdf.Lines(pdf);

        // The configured name is Latin; a Cyrillic document prints it in Cyrillic. PdfPig may split a word where it
        // guesses a gap, so the foot is compared without spaces.
        var centre = SerbianScript.For(CultureInfo.GetCultureInfo(culture), TestPdf.CentreName);
        Assert.Equal(3, pages.Count);
        for (var i = 0; i < pages.Count; i++)
        {
            Assert.Equal($"{centre} TC-2026-0042", pages[i][0]);
            Assert.Equal(string.Format(footer, i + 1).Replace(" ", "", StringComparison.Ordinal), pages[i][^1].Replace(" ", "", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void The_pdf_properties_name_the_title_and_the_centre_as_author()
    {
        var pdf = TestPdf.Renderer.Render(TestPdf.Document().Paragraph("tekst"));

        using var document = UglyToad.PdfPig.PdfDocument.Open(pdf);

        Assert.Equal("Nalaz i mišljenje", document.Information.Title);
        Assert.Equal(TestPdf.CentreName, document.Information.Author);
    }

    [Fact]
    public void A_landscape_page_can_follow_a_portrait_one()
    {
        var pdf = TestPdf.Renderer.Render(TestPdf.Document().Paragraph("uspravno").PageBreak(Web.Reporting.PageOrientation.Landscape).Paragraph("položeno"));

        using var document = UglyToad.PdfPig.PdfDocument.Open(pdf);
        var pages = document.GetPages().ToList();

        Assert.True(pages[0].Height > pages[0].Width);
        Assert.True(pages[1].Width > pages[1].Height);
        Assert.Contains("položeno", pages[1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void One_renderer_serves_parallel_requests()
    {
        var texts = Enumerable.Range(1, 8).AsParallel().Select(i => TestPdf.Lines(TestPdf.Renderer.Render(
            TestPdf.Document(reference: $"TC-2026-{i:0000}").Paragraph(string.Join(" ", Enumerable.Repeat($"dokument{i}", 400)))))).ToList();

        for (var i = 0; i < texts.Count; i++)
        {
            var words = texts[i].SelectMany(page => page.Skip(1).SkipLast(1)).SelectMany(line => line.Split(' ')).ToList();
            Assert.Equal(Enumerable.Repeat($"dokument{i + 1}", 400), words);
            Assert.All(texts[i], page => Assert.EndsWith($"TC-2026-{i + 1:0000}", page[0], StringComparison.Ordinal));
        }
    }
}
