using System.Xml.Linq;
using TraffickingCare.Web.Features.Reports.Annual;

namespace TraffickingCare.UnitTests.Reports;

public sealed class AnnualReportChartsTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    [Fact]
    public void The_report_has_the_trend_and_a_chart_per_main_table()
    {
        var charts = SampleReport.In("sr-Latn-RS", () => SampleReport.Charts.All(SampleReport.View()));

        Assert.Equal(["trend", "identified_by_sex"], charts.Select(c => c.Key));
        Assert.Equal(SampleReport.Years, charts[0].Years);
        Assert.Equal([2023, 2024], charts[1].Years);
        Assert.Equal("Kretanje 2020–2024", charts[0].Title);
    }

    [Fact]
    public void The_svg_is_xml_with_role_img_a_title_and_a_description()
    {
        var svg = SampleReport.In("sr-Latn-RS", () =>
        {
            var view = SampleReport.View();
            return SampleReport.Charts.Svg(SampleReport.Charts.Comparison(view, view.Tables[1]), width: 600);
        });

        var root = XElement.Parse(svg);
        Assert.Equal(Svg + "svg", root.Name);
        Assert.Equal("img", (string?)root.Attribute("role"));
        Assert.Equal("Identifikovane žrtve po polu", (string?)root.Attribute("aria-label"));
        Assert.Equal("0 0 600 180", (string?)root.Attribute("viewBox"));
        Assert.Equal("Identifikovane žrtve po polu", root.Element(Svg + "title")?.Value);
        Assert.Equal((string?)root.Attribute("aria-describedby"), (string?)root.Element(Svg + "desc")?.Attribute("id"));
        Assert.StartsWith("Grafikon „Identifikovane žrtve po polu“. Muški: 2023 — 57, 2024 — 83;", root.Element(Svg + "desc")?.Value, StringComparison.Ordinal);
    }

    [Fact]
    public void Hidden_and_small_values_are_left_out_of_the_drawing_not_drawn_as_zero()
    {
        var view = SampleReport.View();
        var chart = SampleReport.Charts.Comparison(view, view.Tables[1]);
        var svg = XElement.Parse(SampleReport.In("sr-Latn-RS", () => SampleReport.Charts.Svg(chart)));

        // Only exact counts get a bar: Muški in both years (Nepoznat's zeros have no height, Ženski's "<3" and "x" no
        // bar at all); the legend adds one swatch of each year's colour.
        var rects = svg.Descendants(Svg + "rect").Select(r => (string?)r.Attribute("fill")).ToList();
        Assert.Equal(2, rects.Count(f => f == "#2F5487"));
        Assert.Equal(2, rects.Count(f => f == "#A9BCD8"));

        // Every bar is labelled with its value: the axis's 0 and Nepoznat's two zeros, no zero for Ženski.
        var texts = svg.Descendants(Svg + "text").Select(t => t.Value.Trim()).ToList();
        Assert.Contains("83", texts);
        Assert.Contains("57", texts);
        Assert.Equal(3, texts.Count(t => t == "0"));
        Assert.DoesNotContain(texts, t => t.Contains('<', StringComparison.Ordinal) || t == "x");
    }

    [Fact]
    public void The_text_alternative_reads_every_value_as_the_table_shows_it()
    {
        var view = SampleReport.View();
        var (latin, english) = (
            SampleReport.In("sr-Latn-RS", () => SampleReport.Charts.TextAlternative(SampleReport.Charts.Trend(view)!)),
            SampleReport.In("en", () => SampleReport.Charts.TextAlternative(SampleReport.Charts.Comparison(view, view.Tables[1]))));

        Assert.Contains("Identifikovane žrtve: 2020 — 44, 2021 — 41, 2022 — 38, 2023 — 41, 2024 — 37", latin, StringComparison.Ordinal);
        Assert.Contains("Pretpostavljene žrtve: 2020 — 21, 2021 — manje od 3, 2022 — 19, 2023 — 24, 2024 — skriveno", latin, StringComparison.Ordinal);
        Assert.EndsWith("Skrivene i male vrednosti nisu nacrtane.", latin, StringComparison.Ordinal);
        Assert.Contains("Ženski: 2023 — fewer than 3, 2024 — hidden", english, StringComparison.Ordinal);
        Assert.StartsWith("Chart “Identifikovane žrtve po polu”.", english, StringComparison.Ordinal);
    }

    [Fact]
    public void A_label_with_markup_characters_stays_text()
    {
        var view = SampleReport.View();
        var table = view.Tables[1] with { Title = "A & B <script>" };
        var svg = SampleReport.In("en", () => SampleReport.Charts.Svg(SampleReport.Charts.Comparison(view, table)));

        Assert.Equal("A & B <script>", XElement.Parse(svg).Element(Svg + "title")?.Value);
        Assert.DoesNotContain("<script>", svg, StringComparison.Ordinal);
    }

    [Fact]
    public void The_funnel_shows_each_referring_sector_referred_opened_and_identified_in_the_report_year()
    {
        ReportTableView Stage(string key, params ReportRowView[] rows) => new(key, key, null, IsMain: false, rows);
        var view = SampleReport.View() with
        {
            Tables =
            [
                Stage("referrals_by_sector", SampleReport.Row("Police", "Police", "1", "2", "3", "9", "12"), SampleReport.Row("Ngo", "NGO", "4", "0", "0", "5", "0")),
                Stage("referrals_opened_by_sector", SampleReport.Row("Police", "Police", "1", "2", "3", "8", "7"), SampleReport.Row("Ngo", "NGO", "4", "0", "0", "5", "0")),
                Stage("referrals_identified_by_sector", SampleReport.Row("Police", "Police", "0", "0", "0", "4", "<3"), SampleReport.Row("Ngo", "NGO", "0", "0", "0", "3", "0")),
            ],
        };

        var (charts, text) = SampleReport.In("en", () =>
        {
            var all = SampleReport.Charts.All(view);
            return (all, SampleReport.Charts.TextAlternative(all.Single()));
        });

        var funnel = charts.Single();
        Assert.Equal("funnel", funnel.Key);
        Assert.Equal(["Police"], funnel.Rows.Select(r => r.Key)); // NGO referred nobody in 2024: no bars
        Assert.Equal(["12", "7", "<3"], [funnel.Rows[0].Values[0], funnel.Rows[0].Values[1], funnel.Rows[0].Values[2]]);
        Assert.Contains("Police: Referred — 12, Case opened — 7, Identified — fewer than 3", text, StringComparison.Ordinal);
        Assert.Contains("2024", funnel.Title, StringComparison.Ordinal);
    }
}
