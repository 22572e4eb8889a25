using System.Text.RegularExpressions;
using TraffickingCare.Web.Reporting;

namespace TraffickingCare.UnitTests.Reporting;

public sealed partial class PdfContentsTests
{
    [Fact]
    public void Contents_before_their_headings_name_the_page_each_heading_lands_on_even_over_two_pages_of_contents()
    {
        // Sixty entries fill more than one page of contents; the chapters after them are of uneven length.
        const int chapters = 60;
        var entries = Enumerable.Range(1, chapters).Select(i => new PdfContentsEntry($"Poglavlje {i}", $"c{i}", i % 3 == 0 ? 2 : 1)).ToList();
        var document = TestPdf.Document().Heading("Sadržaj").Contents(entries).PageBreak();
        for (var i = 1; i <= chapters; i++)
        {
            document.Heading($"Poglavlje {i}", i % 3 == 0 ? 2 : 1, $"c{i}");
            for (var p = 0; p < i % 4 * 6; p++)
            {
                document.Paragraph($"Tekst poglavlja {i} koji zauzima jedan red.");
            }
        }

        var pages = TestPdf.Lines(TestPdf.Renderer.Render(document));

        var listed = pages.Take(3).SelectMany(p => p).Select(l => Entry().Match(l)).Where(m => m.Success)
            .ToDictionary(m => m.Groups["title"].Value, m => int.Parse(m.Groups["page"].Value, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(chapters, listed.Count);
        Assert.Contains(pages[1], l => l.StartsWith("Poglavlje", StringComparison.Ordinal)); // the contents run onto page 2
        foreach (var (title, page) in listed)
        {
            Assert.Contains(title, pages[page - 1]);
            Assert.DoesNotContain(title, pages.Take(page - 1).Skip(3).SelectMany(p => p));
        }

        Assert.True(listed["Poglavlje 60"] > listed["Poglavlje 1"] + 10, $"{listed["Poglavlje 60"]}");
    }

    [Fact]
    public void Contents_may_also_come_after_their_headings()
    {
        var document = TestPdf.Document("en").Heading("First", anchor: "a").PageBreak().Heading("Second", anchor: "b").PageBreak()
            .Contents([new("First", "a"), new("Second", "b")]);

        var pages = TestPdf.Lines(TestPdf.Renderer.Render(document));

        Assert.Contains("First 1", pages[2]);
        Assert.Contains("Second 2", pages[2]);
    }

    [Fact]
    public void An_anchor_no_heading_carries_or_an_anchor_given_twice_is_a_mistake_the_renderer_reports()
    {
        Assert.Throws<InvalidOperationException>(() => TestPdf.Renderer.Render(TestPdf.Document().Heading("A", anchor: "a").Contents([new("B", "b")])));
        Assert.Throws<InvalidOperationException>(() => TestPdf.Renderer.Render(TestPdf.Document().Heading("A", anchor: "a").Heading("A", anchor: "a")));
    }

    [GeneratedRegex(@"^(?<title>Poglavlje \d+) (?<page>\d+)$")]
    private static partial Regex Entry();
}
