using System.Text;
using SkiaSharp;
using TraffickingCare.Web.Reporting;

namespace TraffickingCare.UnitTests.Reporting;

public sealed class PdfFontSubsetTests
{
    [Fact]
    public void A_subset_face_keeps_the_asked_characters_with_their_widths_and_drops_the_rest()
    {
        var options = new ReportingOptions();
        var whole = File.ReadAllBytes(options.RegularFontPath);

        var subset = FontSubsetter.Subset(whole, "Жђ".EnumerateRunes().Select(r => r.Value).Append('a'));

        Assert.NotNull(subset);
        Assert.True(subset.Length < whole.Length / 20, $"{subset.Length} of {whole.Length} bytes");
        using var data = SKData.CreateCopy(subset);
        using var typeface = SKTypeface.FromData(data);
        using var small = new SKFont(typeface, 12);
        using var full = new SKFont(TestPdf.Fonts.Regular, 12);
        Assert.True(small.ContainsGlyphs("Жђa"));
        Assert.False(small.ContainsGlyphs("Ω"));
        Assert.False(small.ContainsGlyphs("b"));
        Assert.Equal(full.MeasureText("Жђa"), small.MeasureText("Жђa"));
    }

    [Fact]
    public void A_document_embeds_each_face_once_cut_down_to_what_it_prints_and_reads_back_whole()
    {
        var pdf = TestPdf.Renderer.Render(TestPdf.Document("sr-Cyrl-RS")
            .Heading("Налаз и мишљење")
            .Paragraph("đ č ć ž š Đ Č Ć Ž Š џ љ њ ђ ћ")
            .KeyValues(("Šifra slučaja", "TC-2026-0042")));

        var lines = TestPdf.Lines(pdf).Single();

        Assert.Contains("Налаз и мишљење", lines);
        Assert.Contains("đ č ć ž š Đ Č Ć Ž Š џ љ њ ђ ћ", lines);
        Assert.Contains("Šifra slučaja TC-2026-0042", lines);
        var raw = Encoding.Latin1.GetString(pdf);
        Assert.Equal(2, raw.Split("/FontFile2").Length - 1);
        Assert.True(pdf.Length < 60_000, $"{pdf.Length} bytes"); // the two whole faces alone were about 760 KB
    }

    [Fact]
    public void A_drawing_writes_with_the_documents_faces_the_characters_it_declares()
    {
        ReportFonts? given = null;
        var pdf = TestPdf.Renderer.Render(TestPdf.Document().Paragraph("tekst").Drawing(300, 60, "Ђурђевдан", (canvas, size, fonts) =>
        {
            given = fonts;
            using var font = new SKFont(fonts.Bold, 12);
            using var ink = new SKPaint { Color = SKColors.Black };
            canvas.DrawText("Ђурђевдан 2026", 10, 30, SKTextAlign.Left, font, ink);
        }));

        Assert.Contains("Ђурђевдан 2026", TestPdf.Lines(pdf).Single());
        Assert.NotNull(given);
        Assert.NotSame(TestPdf.Fonts, given); // the document's subset, not the app's whole faces
        Assert.Equal(2, Encoding.Latin1.GetString(pdf).Split("/FontFile2").Length - 1);
    }
}
