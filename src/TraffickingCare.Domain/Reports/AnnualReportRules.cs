namespace TraffickingCare.Domain.Reports;

/// <summary>The report's shape: how many years it shows, and the version of the counting rules in docs/statistics.md.</summary>
public static class AnnualReportRules
{
    /// <summary>Raised whenever a counting rule changes, so a published revision says which rules made it.</summary>
    public const string Version = "2026.1";

    /// <summary>The report's year and the four before it: the five-year trend; the tables set the year beside the one before.</summary>
    public const int YearsShown = 5;

    /// <summary>The Centre's records start here; no report is computed for an earlier year.</summary>
    public const int FirstYear = 2000;

    /// <summary>A report exists for the years from the Centre's first to the current one (so far).</summary>
    public static bool Covers(int year, DateOnly today) => year >= FirstYear && year <= today.Year;

    public static IReadOnlyList<int> YearsOf(int year) => [.. Enumerable.Range(year - YearsShown + 1, YearsShown)];
}
