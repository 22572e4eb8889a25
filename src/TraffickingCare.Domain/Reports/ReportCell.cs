namespace TraffickingCare.Domain.Reports;

/// <summary>
/// One figure of the annual statistical report, as the cell contract of the design's STATISTICS.md names it: a
/// table key, a row key (both stable across languages and versions), a year and a count. Always the true count: the
/// small-cell rule is applied when a cell is shown (<see cref="CellSuppression"/>), never to what is stored.
/// </summary>
public sealed record ReportCell(string Table, string Row, int Year, int Value);
