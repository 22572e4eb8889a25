namespace TraffickingCare.Domain.Reports;

/// <summary>The rows kept, and what the download says about them.</summary>
public sealed record ExtractOutcome<T>(IReadOnlyList<ExtractRow<T>> Rows, ExtractSummary Summary);
