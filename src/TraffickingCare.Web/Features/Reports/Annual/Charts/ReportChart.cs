namespace TraffickingCare.Web.Features.Reports.Annual.Charts;

/// <summary>
/// One chart of the report: the rows of a table over some of the report's years, drawn from the shown values, so a
/// published chart never reveals what its table hides.
/// </summary>
/// <param name="Key">The table's key; the web page derives element ids from it.</param>
/// <param name="Layout">Whether the years or the rows run along the category axis.</param>
public sealed record ReportChart(string Key, string Title, ChartLayout Layout, IReadOnlyList<int> Years, IReadOnlyList<ReportRowView> Rows)
{
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
