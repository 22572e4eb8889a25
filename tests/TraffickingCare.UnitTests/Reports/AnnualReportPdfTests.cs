using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using TraffickingCare.UnitTests.Reporting;

namespace TraffickingCare.UnitTests.Reports;

public sealed partial class AnnualReportPdfTests
{
    [Fact]
    public void The_cover_names_the_centre_the_year_and_that_the_live_figures_are_a_draft()
    {
        var pages = TestPdf.Lines(SampleReport.Pdf.Render(SampleReport.View(), SampleReport.Culture("sr-Latn-RS")));

        Assert.Contains("Centar za zaštitu žrtava trgovine ljudima", pages[0]);
        Assert.Contains("Godišnji statistički izveštaj za 2024. godinu", pages[0]);
        Assert.Contains(pages[0], l => l.StartsWith("Radna verzija", StringComparison.Ordinal));
        Assert.EndsWith("Godišnji izveštaj 2024. · radna verzija", pages[1][0], StringComparison.Ordinal);
    }

    [Fact]
    public void A_published_internal_revision_says_which_revision_when_it_was_published_and_that_it_is_internal()
    {
        var pages = TestPdf.Lines(SampleReport.Pdf.Render(SampleReport.View(revision: 2, suppressed: false), SampleReport.Culture("en")));

        Assert.Contains("Annual statistical report 2024", pages[0]);
        Assert.Contains("Published revision 2", pages[0]);
        Assert.Contains("Published on 15.03.2025.", pages[0]); // 23:30 UTC is the next day in Belgrade
        Assert.Contains(pages[0], l => l.StartsWith("Internal version", StringComparison.Ordinal));
        Assert.DoesNotContain(pages.SelectMany(p => p), l => l.Contains("Draft", StringComparison.Ordinal));
        Assert.Contains(pages[^1], l => l.Contains("must not be published", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("sr-Latn-RS", "Sadržaj", new[] { "1. Uvod", "2. Kretanje ključnih pokazatelja 2020–2024", "3. Tabele", "3.1. Ukupno", "3.2. Identifikovane žrtve po polu", "3.3. Upućivanja po ishodu", "4. Napomene o definicijama" })]
    [InlineData("sr-Cyrl-RS", "Садржај", new[] { "1. Увод", "2. Кретање кључних показатеља 2020–2024", "3. Табеле", "3.1. Ukupno", "3.2. Identifikovane žrtve po polu", "3.3. Upućivanja po ishodu", "4. Напомене о дефиницијама" })]
    public void Contents_list_every_section_and_table_in_order_with_the_page_its_heading_is_on(string culture, string contentsTitle, string[] expected)
    {
        var pages = TestPdf.Lines(SampleReport.Pdf.Render(SampleReport.View(), SampleReport.Culture(culture)));
        var contents = pages[1];

        Assert.Equal(contentsTitle, contents[1]);
        var entries = contents.Select(l => ContentsLine().Match(l)).Where(m => m.Success).Select(m => (Title: m.Groups["title"].Value, Page: int.Parse(m.Groups["page"].Value, CultureInfo.InvariantCulture))).ToList();
        Assert.Equal(expected, entries.Select(e => e.Title).ToArray());
        Assert.DoesNotContain(pages.SelectMany(p => p), l => l.Contains("podnožju", StringComparison.Ordinal) || l.Contains("foot of every page", StringComparison.Ordinal));

        // Every title, a table's included, is a heading on the page the contents name, and on no page before it.
        foreach (var (title, page) in entries)
        {
            Assert.InRange(page, 3, pages.Count);
            Assert.Contains(title, pages[page - 1]);
            Assert.DoesNotContain(title, pages.Skip(2).Take(page - 3).SelectMany(p => p));
        }

        Assert.True(entries[^1].Page > entries[3].Page, "the notes come after the first table");
    }

    [Fact]
    public void A_table_shows_the_previous_year_the_report_year_and_a_change_only_between_exact_counts()
    {
        var lines = TestPdf.Lines(SampleReport.Pdf.Render(SampleReport.View(), SampleReport.Culture("sr-Latn-RS"))).SelectMany(p => p).ToList();

        Assert.Contains("Kategorija 2023 2024 Promena", lines);
        Assert.Contains("Muški 57 83 +26", lines);
        Assert.Contains("Ženski <3 x –", lines);
        Assert.Contains("Identifikovane žrtve 41 37 −4", lines);
        Assert.Contains("Nepoznat 0 0 0", lines);
        Assert.Contains("Pol kako je upisan.", lines);
        Assert.Contains("Pretpostavljene žrtve 21 <3 19 24 x", lines); // the five-year trend table
        Assert.Contains("Drugi pasus uvoda.", lines);
    }

    [Theory]
    [InlineData("sr-Latn-RS", "strana {0} od {1}")]
    [InlineData("sr-Cyrl-RS", "страна {0} од {1}")]
    [InlineData("en", "page {0} of {1}")]
    public void Every_page_carries_its_number(string culture, string footer)
    {
        var pages = TestPdf.Lines(SampleReport.Pdf.Render(SampleReport.View(), SampleReport.Culture(culture)));

        Assert.True(pages.Count >= 5, $"{pages.Count} pages");
        // PdfPig splits words by gaps it estimates over the whole page, so a word may come back in two pieces: the
        // letters and numbers are compared, not the spaces.
        for (var i = 0; i < pages.Count; i++)
        {
            Assert.Equal(string.Format(footer, i + 1, pages.Count).Replace(" ", "", StringComparison.Ordinal), pages[i][^1].Replace(" ", "", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void A_cyrillic_report_has_the_centre_headings_and_notes_in_cyrillic()
    {
        var pages = TestPdf.Lines(SampleReport.Pdf.Render(SampleReport.View(), SampleReport.Culture("sr-Cyrl-RS")));
        var all = pages.SelectMany(p => p).ToList();

        Assert.Contains("Центар за заштиту жртава трговине људима", pages[0]);
        Assert.Contains("Годишњи статистички извештај за 2024. годину", pages[0]);
        Assert.Contains("Садржај", pages[1]);
        Assert.Contains("3. Табеле", all);
        Assert.Contains("Категорија 2023 2024 Промена", all);
        Assert.Contains("4. Напомене о дефиницијама", pages[^1]);

        // The configured name (Latin in the settings) heads every page in the document's script.
        Assert.DoesNotContain(all, line => line.Contains("Centar za", StringComparison.Ordinal));
        Assert.All(pages.Skip(1), page => Assert.Contains(page, line => line.Contains("Центар за заштиту жртава трговине људима", StringComparison.Ordinal)));
    }

    [Fact]
    public void The_notes_page_states_the_counting_rules_and_the_small_cell_threshold()
    {
        var notes = string.Join(" ", TestPdf.Lines(SampleReport.Pdf.Render(SampleReport.View(), SampleReport.Culture("sr-Latn-RS")))[^1]);

        Assert.Contains("4. Napomene o definicijama", notes);
        Assert.Contains("na početku eksploatacije", notes);
        Assert.Contains("dvojne državljane", notes);
        Assert.Contains("od 1 do 2 prikazan je kao „<3“", notes);
    }

    [Fact]
    public void Charts_are_drawn_as_text_in_the_pdf_and_the_fonts_are_embedded_once_each()
    {
        var pdf = SampleReport.Pdf.Render(SampleReport.View(), SampleReport.Culture("sr-Latn-RS"));
        var lines = TestPdf.Lines(pdf).SelectMany(p => p).ToList();
        var raw = Encoding.Latin1.GetString(pdf);

        // The drawings' labels are real, searchable text, drawn once (the legend's series, the comparison's rows).
        Assert.Single(lines, "Upućivanja Pretpostavljene žrtve");
        Assert.Single(lines, "Muški");
        Assert.Contains("2023 2024", lines);
        Assert.Equal(2, CountOf(raw, "/FontFile2"));
    }

    [Theory]
    [InlineData("sr-Cyrl-RS")]
    [InlineData("sr-Latn-RS")]
    [InlineData("en")]
    public void The_report_embeds_only_the_glyphs_it_prints_and_still_reads_back_its_headings(string culture)
    {
        var pdf = SampleReport.Pdf.Render(SampleReport.View(), SampleReport.Culture(culture));
        var all = TestPdf.Lines(pdf).SelectMany(p => p).ToList();

        // The two whole DejaVu faces made every report about 760 KB.
        Assert.True(pdf.Length < 200_000, $"{pdf.Length} bytes");
        if (culture == "sr-Cyrl-RS")
        {
            Assert.Contains("Годишњи статистички извештај за 2024. годину", all);
            Assert.Contains("3. Табеле", all);
            Assert.Contains("4. Напомене о дефиницијама", all);
            Assert.Contains("Категорија 2023 2024 Промена", all);
        }
    }

    [Fact]
    public void An_empty_introduction_is_left_out_and_the_file_name_names_no_one_in_the_documents_language()
    {
        var pages = TestPdf.Lines(SampleReport.Pdf.Render(SampleReport.View(introduction: " "), SampleReport.Culture("sr-Latn-RS")));

        Assert.Contains(pages[1], l => l.StartsWith("1. Kretanje ključnih pokazatelja 2020–2024 ", StringComparison.Ordinal));
        Assert.DoesNotContain(pages.SelectMany(p => p), l => l.EndsWith("Uvod", StringComparison.Ordinal));
        Assert.Equal("godišnji-izveštaj-2024-nacrt.pdf", SampleReport.Pdf.FileName(SampleReport.View(), SampleReport.Culture("sr-Latn-RS")));
        Assert.Equal("годишњи-извештај-2024-ревизија2.pdf", SampleReport.Pdf.FileName(SampleReport.View(revision: 2), SampleReport.Culture("sr-Cyrl-RS")));
        Assert.Equal("annual-report-2024-rev2-internal.pdf", SampleReport.Pdf.FileName(SampleReport.View(revision: 2, suppressed: false), SampleReport.Culture("en")));
    }

    private static int CountOf(string text, string part)
    {
        var count = 0;
        for (var at = text.IndexOf(part, StringComparison.Ordinal); at >= 0; at = text.IndexOf(part, at + 1, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }

    [GeneratedRegex(@"^(?<title>\d.*?) (?<page>\d+)$")]
    private static partial Regex ContentsLine();
}
