namespace TraffickingCare.Web.Features.Reports.Annual.Charts;

/// <summary>
/// One chart of the report: the rows of a table over some of the report's years, drawn from the shown values, so a
/// published chart never reveals what its table hides.
/// </summary>
/// <param name="Key">The table's key; the web page derives element ids from it.</param>
/// <param name="Layout">Whether the years or the rows run along the category axis.</param>
/// <param name="SeriesNames">
/// The names of the bars beside each other when they are not years (the funnel's stages, keyed 0, 1, 2 in
/// <see cref="Years"/>); null when the series are the years themselves.
/// </param>
public sealed record ReportChart(
    string Key, string Title, ChartLayout Layout, IReadOnlyList<int> Years, IReadOnlyList<ReportRowView> Rows, IReadOnlyList<string>? SeriesNames = null)
{
    /// <summary>The name of a series: its stage's name, or the year.</summary>
    public string NameOf(int year) =>
        SeriesNames is { } names ? names[Years.ToList().IndexOf(year)] : year.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>True when some value is hidden or small and so left out of the drawing (a gap, never a zero).</summary>
    public bool HasGaps => Rows.Any(r => Years.Any(y => r.Exact(y) is null));
}

public enum ChartLayout
{
    /// <summary>The years along the axis, one bar per row in each year (the five-year trend of the headline series).</summary>
    Trend,

    /// <summary>The rows along the axis, the previous year beside the report year (a main table).</summary>
    Comparison,
}
