namespace TraffickingCare.Web.Features.Reports.Annual;

/// <summary>
/// A year's report as every output shows it (the page, the PDF, the workbook): the tables with their rows labelled in
/// the reader's language and each year's value as shown — an integer, or, where the small-cell rule applies, "&lt;3" or
/// "x". Live or a published revision; suppressed unless management asked for the internal figures.
/// </summary>
/// <param name="Years">The years the report shows, oldest first; the last is the report's year.</param>
/// <param name="Revision">The published revision shown, or null for the live figures.</param>
public sealed record AnnualReportView(
    int Year,
    IReadOnlyList<int> Years,
    int? Revision,
    DateTime? PublishedAtUtc,
    bool IsSuppressed,
    int SuppressionThreshold,
    string? Introduction,
    IReadOnlyList<ReportTableView> Tables)
{
    public int PreviousYear => Year - 1;
}

/// <param name="Key">The table's key in the cell contract (e.g. <c>identified_by_sex</c>).</param>
/// <param name="IsMain">Drawn as a chart (a main table); the others are tables only.</param>
public sealed record ReportTableView(string Key, string Title, string? Note, bool IsMain, IReadOnlyList<ReportRowView> Rows);

/// <param name="Values">The shown value of each year of <see cref="AnnualReportView.Years"/>.</param>
public sealed record ReportRowView(string Key, string Label, IReadOnlyDictionary<int, string> Values)
{
    /// <summary>The count, when shown exactly; null for a hidden or small cell (a chart leaves a gap).</summary>
    public int? Exact(int year) => Values.TryGetValue(year, out var v) && int.TryParse(v, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : null;
}
