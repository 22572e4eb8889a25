using System.Globalization;
using System.Xml.Linq;
using Microsoft.Extensions.Localization;
using SkiaSharp;
using TraffickingCare.Domain.Reports;
using TraffickingCare.Web.Reporting;
using TraffickingCare.Web.Resources;

namespace TraffickingCare.Web.Features.Reports.Annual.Charts;

/// <summary>
/// The report's charts: the five-year trend of the headline series and one chart per main table, each as SVG for the
/// page, as vector drawing for the PDF and as a sentence for readers who cannot see it. Labels and numbers follow the
/// current UI culture (the PDF sets it to the document's language while it composes).
/// </summary>
public sealed class AnnualReportCharts(ReportFonts fonts, IStringLocalizer<SharedResource> l)
{
    public const string HeadlineTable = "summary";
    private const string SvgNamespace = "http://www.w3.org/2000/svg";

    /// <summary>Every chart of the report, in the order of its tables.</summary>
    public IReadOnlyList<ReportChart> All(AnnualReportView view) =>
        [.. view.Tables.Select(t => For(view, t)).OfType<ReportChart>()];

    /// <summary>
    /// The chart drawn under a table, or null: the summary as the five-year trend, the identified referrals by sector
    /// as the funnel by sector, any other main table as its comparison with the previous year.
    /// </summary>
    public ReportChart? For(AnnualReportView view, ReportTableView table) => table.Key switch
    {
        HeadlineTable => Trend(view),
        ReportTables.ReferralsIdentifiedBySector => Funnel(view),
        _ when table.IsMain => Comparison(view, table),
        _ => null,
    };

    /// <summary>Referrals, presumed and identified victims over every year the report shows; null without a summary table.</summary>
    public ReportChart? Trend(AnnualReportView view) =>
        view.Tables.FirstOrDefault(t => t.Key == HeadlineTable) is { } summary
            ? new ReportChart("trend", l["ReportCharts.TrendTitle", view.Years[0], view.Year], ChartLayout.Trend, view.Years, summary.Rows)
            : null;

    /// <summary>A table's rows, the previous year beside the report year.</summary>
    public ReportChart Comparison(AnnualReportView view, ReportTableView table) =>
        new(table.Key, table.Title, ChartLayout.Comparison, [view.PreviousYear, view.Year], table.Rows);

    /// <summary>
    /// The referral funnel of the report year: for each sector that referred anyone, the referrals, those that opened
    /// a case and those that ended in identification, as the three tables show them; null without those tables.
    /// </summary>
    public ReportChart? Funnel(AnnualReportView view)
    {
        string[] stages = [ReportTables.ReferralsBySector, ReportTables.ReferralsOpenedBySector, ReportTables.ReferralsIdentifiedBySector];
        var tables = stages.Select(k => view.Tables.FirstOrDefault(t => t.Key == k)).ToList();
        if (tables.Any(t => t is null))
        {
            return null;
        }

        string Shown(int stage, string row) => tables[stage]!.Rows.FirstOrDefault(r => r.Key == row)?.Values.GetValueOrDefault(view.Year) ?? "0";
        var rows = tables[0]!.Rows.Where(r => Shown(0, r.Key) != "0")
            .Select(r => new ReportRowView(r.Key, r.Label, new Dictionary<int, string> { [0] = Shown(0, r.Key), [1] = Shown(1, r.Key), [2] = Shown(2, r.Key) }))
            .ToList();
        return new ReportChart(
            "funnel", l["ReportCharts.FunnelTitle", view.Year], ChartLayout.Comparison, [0, 1, 2], rows,
            [l["ReportCharts.FunnelReferred"], l["ReportCharts.FunnelOpened"], l["ReportCharts.FunnelIdentified"]]);
    }

    /// <summary>A good height for the chart at a width: a comparison grows with its rows, so long lists stay legible.</summary>
    public static float Height(ReportChart chart, float width) => chart.Layout == ChartLayout.Trend
        ? width * 0.45f
        : Math.Max(width * 0.3f, 40 + chart.Rows.Count * 30);

    /// <summary>
    /// Inline SVG for the page: role="img", an accessible name (the title) and a description (the text alternative),
    /// element ids from the chart's key. Place it with <c>Html.Raw</c>; every label in it is XML-escaped.
    /// </summary>
    public string Svg(ReportChart chart, int width = 720)
    {
        var height = (int)Math.Ceiling(Height(chart, width));
        var svg = XElement.Parse(Plot(chart).GetSvgXml(width, height));
        XNamespace ns = SvgNamespace;
        var titleId = $"chart-{chart.Key}-title";
        var descriptionId = $"chart-{chart.Key}-description";
        svg.SetAttributeValue("viewBox", string.Create(CultureInfo.InvariantCulture, $"0 0 {width} {height}"));
        svg.SetAttributeValue("role", "img");
        svg.SetAttributeValue("aria-label", chart.Title);
        svg.SetAttributeValue("aria-labelledby", titleId);
        svg.SetAttributeValue("aria-describedby", descriptionId);
        svg.AddFirst(new XElement(ns + "title", new XAttribute("id", titleId), chart.Title), new XElement(ns + "desc", new XAttribute("id", descriptionId), TextAlternative(chart)));

        // The PDF's face is registered under an internal name a browser does not know; the page's own sans-serif stands in.
        foreach (var text in svg.Descendants().Where(e => e.Attribute("font-family") is not null))
        {
            text.SetAttributeValue("font-family", "DejaVu Sans, Verdana, sans-serif");
        }

        return svg.ToString(SaveOptions.DisableFormatting);
    }

    /// <summary>Draws the chart onto a PDF page's canvas (ScottPlot's pixels are the PDF's points): vector, real text.</summary>
    public void Draw(ReportChart chart, SKCanvas canvas, SKSize size)
    {
        var (width, height) = ((int)size.Width, (int)size.Height);
        var plot = Plot(chart);

        // ScottPlot lays out its first frame twice; on a PDF page the first pass would stay as a second copy of every
        // label, so it runs on a canvas that draws nothing. The page is not cleared: the chart paints its own background.
        using (var layout = new SKNoDrawCanvas(width, height))
        {
            plot.Render(layout, width, height);
        }

        plot.RenderManager.ClearCanvasBeforeEachRender = false;
        plot.Render(canvas, width, height);
    }

    /// <summary>
    /// The chart as a sentence, e.g. "Chart “Trend 2020–2024”. Identified victims: 2023 — 41, 2024 — 37; …", with
    /// the values as the tables show them ("fewer than 3", "hidden") and a word on what the drawing leaves out.
    /// </summary>
    public string TextAlternative(ReportChart chart)
    {
        var rows = chart.Rows.Select(r => r.Label + ": " + string.Join(", ", chart.Years.Select(y => $"{chart.NameOf(y)} — {Spoken(r, y)}")));
        var sentence = l["ReportCharts.TextAlternative", chart.Title, string.Join("; ", rows)].Value;
        return chart.HasGaps ? sentence + " " + l["ReportCharts.GapsLeftOut"].Value : sentence;
    }

    private string Spoken(ReportRowView row, int year)
    {
        if (row.Exact(year) is { } n)
        {
            return n.ToString("#,0", CultureInfo.CurrentCulture);
        }

        var shown = row.Values.GetValueOrDefault(year, "x");
        return shown.StartsWith('<') ? l["ReportCharts.SmallValue", shown[1..]].Value : l["ReportCharts.HiddenValue"].Value;
    }

    private ScottPlot.Plot Plot(ReportChart chart)
    {
        var fontName = ChartFontResolver.NameFor(fonts);
        var culture = CultureInfo.CurrentCulture;
        var years = chart.Years.Select(chart.NameOf).ToList();
        var labels = chart.Rows.Select(r => r.Label).ToList();
        return chart.Layout == ChartLayout.Trend
            ? ChartPlot.Build(years, labels, chart.Rows.Select(r => (IReadOnlyList<int?>)[.. chart.Years.Select(r.Exact)]).ToList(), horizontal: false, fontName, culture)
            : ChartPlot.Build(labels, years, chart.Years.Select(y => (IReadOnlyList<int?>)[.. chart.Rows.Select(r => r.Exact(y))]).ToList(), horizontal: true, fontName, culture);
    }
}
