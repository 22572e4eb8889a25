using System.Globalization;
using TraffickingCare.Web.Reporting;
using TraffickingCare.Web.Reporting.Blocks;
using TraffickingCare.Web.Reporting.Layout;

namespace TraffickingCare.UnitTests.Reporting;

public sealed class PdfBarChartTests
{
    private static readonly (string Label, double Value)[] Bars =
        [("Radna eksploatacija", 10), ("Seksualna eksploatacija", 20), ("Prinudni brak", 40), ("Ostalo", 1234)];

    [Theory]
    [InlineData("sr-Latn-RS", "1.234")]
    [InlineData("en", "1,234")]
    public void Labels_and_values_are_text_in_the_document_language(string culture, string thousands)
    {
        var pdf = TestPdf.Renderer.Render(TestPdf.Document(culture).BarChart(Bars));

        var words = TestPdf.Lines(pdf).Single().SelectMany(line => line.Split(' ')).ToList();

        Assert.Equal(2, words.Count(w => w == "eksploatacija"));
        Assert.Contains("Prinudni", words);
        Assert.Contains("brak", words);
        Assert.All(new[] { "10", "20", "40", thousands }, value => Assert.Contains(value, words));
    }

    [Fact]
    public void Bar_heights_are_proportional_to_the_values()
    {
        using var type = new Typesetter(TestPdf.Fonts);
        var flow = new PageFlow(type, CultureInfo.InvariantCulture, PageOrientation.Portrait, PageMargins.Default);

        new BarChartBlock([("a", 10), ("b", 20), ("c", 40), ("d", -5)], 200).Layout(flow);

        var bars = flow.Pages.Single().Items.OfType<BoxItem>().Select(b => b.Rect).ToList();
        Assert.Equal(4, bars.Count);
        Assert.Equal(2 * bars[0].Height, bars[1].Height, 0.01);
        Assert.Equal(4 * bars[0].Height, bars[2].Height, 0.01);
        Assert.Equal(0, bars[3].Height, 0.01);
        Assert.All(bars, b => Assert.Equal(bars[0].Bottom, b.Bottom, 0.01));
        Assert.True(bars.Zip(bars.Skip(1)).All(p => p.First.Right < p.Second.Left));
    }

    [Fact]
    public void A_chart_is_kept_whole_on_one_page()
    {
        using var type = new Typesetter(TestPdf.Fonts);
        var flow = new PageFlow(type, CultureInfo.InvariantCulture, PageOrientation.Portrait, PageMargins.Default);
        flow.Advance(flow.Remaining - 50);

        new BarChartBlock([("a", 1)], 200).Layout(flow);

        Assert.Equal(2, flow.Pages.Count);
        Assert.Empty(flow.Pages[0].Items);
        Assert.Contains(flow.Pages[1].Items, i => i is BoxItem);
    }
}
