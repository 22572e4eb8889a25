using SkiaSharp;
using TraffickingCare.Web.Reporting;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Tokens;

namespace TraffickingCare.UnitTests.Reporting;

public sealed class PdfFigureTests
{
    private static byte[] Picture(SKEncodedImageFormat format)
    {
        using var bitmap = new SKBitmap(120, 60);
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(SKColors.SteelBlue);
        }

        using var data = bitmap.Encode(format, 90);
        return data.ToArray();
    }

    private static string? Filter(UglyToad.PdfPig.Content.IPdfImage image) =>
        image.ImageDictionary.TryGet(NameToken.Filter, out var filter) ? filter.ToString() : null;

    [Fact]
    public void A_png_is_embedded_losslessly_at_the_asked_width_and_a_jpeg_as_it_is()
    {
        var pdf = TestPdf.Renderer.Render(TestPdf.Document()
            .Image(Picture(SKEncodedImageFormat.Png), 240)
            .Image(Picture(SKEncodedImageFormat.Jpeg), 240));

        using var document = PdfDocument.Open(pdf);
        var images = document.GetPage(1).GetImages().OrderByDescending(i => i.BoundingBox.Top).ToList();

        Assert.Equal(2, images.Count);
        Assert.All(images, i => Assert.Equal(240, i.BoundingBox.Width, 0.5));
        Assert.All(images, i => Assert.Equal(120, i.BoundingBox.Height, 0.5));
        Assert.DoesNotContain("DCTDecode", Filter(images[0]) ?? string.Empty, StringComparison.Ordinal);
        Assert.Contains("DCTDecode", Filter(images[1]), StringComparison.Ordinal);
        Assert.Equal(PageMargins.Default.Left, images[0].BoundingBox.Left, 0.5);
    }

    [Fact]
    public void Bytes_that_are_no_image_are_refused()
    {
        Assert.Throws<ArgumentException>(() => TestPdf.Renderer.Render(TestPdf.Document().Image([1, 2, 3], 100)));
    }

    [Fact]
    public void A_drawing_wider_than_the_line_is_scaled_down_keeping_its_proportions()
    {
        var sizes = new List<SKSize>();

        TestPdf.Renderer.Render(TestPdf.Document().Drawing(1000, 200, (_, size) => sizes.Add(size)));

        var line = PdfPageWidth - PageMargins.Default.Left - PageMargins.Default.Right;
        var size = Assert.Single(sizes);
        Assert.Equal(line, size.Width, 0.01);
        Assert.Equal(line / 5, size.Height, 0.01);
    }

    [Fact]
    public void Signature_captions_stand_side_by_side_each_under_its_own_half()
    {
        var pdf = TestPdf.Renderer.Render(TestPdf.Document().Signatures("Voditelj", "Rukovodilac"));

        using var document = PdfDocument.Open(pdf);
        var page = document.GetPage(1);
        var left = page.GetWords().Single(w => w.Text == "Voditelj").BoundingBox;
        var right = page.GetWords().Single(w => w.Text == "Rukovodilac").BoundingBox;

        Assert.Equal(left.Bottom, right.Bottom, 0.5);
        Assert.True(left.Right < page.Width / 2);
        Assert.True(right.Left > page.Width / 2);
    }

    [Fact]
    public void Values_of_a_key_value_block_start_at_one_column()
    {
        var pdf = TestPdf.Renderer.Render(TestPdf.Document().KeyValues(("Šifra", "Prva"), ("Datum prijema", "Druga"), ("Status", "Treća")));

        using var document = PdfDocument.Open(pdf);
        var words = document.GetPage(1).GetWords().ToList();
        var starts = new[] { "Prva", "Druga", "Treća" }.Select(v => words.Single(w => w.Text == v).BoundingBox.Left).ToList();
        var longestLabelEnd = words.Single(w => w.Text == "prijema").BoundingBox.Right;

        Assert.All(starts, x => Assert.Equal(starts[0], x, 0.5));
        Assert.True(starts[0] > longestLabelEnd);
    }

    private const double PdfPageWidth = 595.28;
}
