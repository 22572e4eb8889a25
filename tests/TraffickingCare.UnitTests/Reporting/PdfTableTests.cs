using TraffickingCare.Web.Reporting;
using UglyToad.PdfPig;

namespace TraffickingCare.UnitTests.Reporting;

public sealed class PdfTableTests
{
    private const string HeaderLine = "Redni broj Opis stavke Iznos";

    private static PdfTable Table() => new PdfTable()
        .Column("Redni broj", 1)
        .Column("Opis stavke", 4)
        .Column("Iznos", 1, CellAlignment.Right);

    /// <summary>Each page's words, so that a marker can be found on the page it landed on.</summary>
    private static List<List<string>> Words(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return document.GetPages().Select(p => p.GetWords().Select(w => w.Text).ToList()).ToList();
    }

    [Fact]
    public void A_thirty_page_table_repeats_its_header_on_every_page_and_keeps_every_row_whole_and_once()
    {
        const int rows = 440;
        var table = Table();
        for (var i = 1; i <= rows; i++)
        {
            // One to five lines of wrapped text per row, ending in a marker that must share the row's page.
            table.Row($"R{i}", string.Join(" ", Enumerable.Repeat("dugačak opis stavke u tabeli", 1 + (i % 5) * 2)) + $" kraj{i}", $"{i * 10}");
        }

        var pdf = TestPdf.Renderer.Render(TestPdf.Document().Heading("Godišnji statistički izveštaj").Table(table));

        var lines = TestPdf.Lines(pdf);
        var words = Words(pdf);
        Assert.InRange(lines.Count, 28, 32);
        Assert.All(lines, page => Assert.Contains(HeaderLine, page.Take(3)));
        Assert.All(lines, page => Assert.Single(page, HeaderLine));

        var rowPage = new List<int>();
        for (var i = 1; i <= rows; i++)
        {
            var pagesWithRow = Enumerable.Range(0, words.Count).Where(p => words[p].Contains($"R{i}")).ToList();
            var pagesWithEnd = Enumerable.Range(0, words.Count).Where(p => words[p].Contains($"kraj{i}")).ToList();
            Assert.Single(pagesWithRow);
            Assert.Equal(pagesWithRow, pagesWithEnd);
            Assert.Equal(1, words[pagesWithRow[0]].Count(w => w == $"R{i}"));
            rowPage.Add(pagesWithRow[0]);
        }

        Assert.Equal(rowPage.Order(), rowPage);
    }

    [Fact]
    public void A_row_taller_than_a_page_continues_on_the_next_pages_under_the_repeated_header()
    {
        var longText = string.Join("\n", Enumerable.Range(1, 150).Select(k => $"linija{k}"));
        var pdf = TestPdf.Renderer.Render(TestPdf.Document()
            .Table(Table().Row("R1", "kratko", "1").Row("R2", longText, "2").Row("R3", "kratko", "3")));

        var lines = TestPdf.Lines(pdf);
        var words = Words(pdf).SelectMany(w => w).ToList();

        Assert.True(lines.Count >= 3);
        Assert.All(lines, page => Assert.Equal(HeaderLine, page[1]));
        var continued = words.Where(w => w.StartsWith("linija", StringComparison.Ordinal)).ToList();
        Assert.Equal(Enumerable.Range(1, 150).Select(k => $"linija{k}"), continued);
        Assert.Equal(["R1", "R2", "R3"], words.Where(w => w is "R1" or "R2" or "R3"));
    }

    [Fact]
    public void A_row_with_a_wrong_number_of_cells_is_refused()
    {
        Assert.Throws<ArgumentException>(() => Table().Row("R1", "samo dve ćelije"));
    }
}
