namespace TraffickingCare.Domain.Reports;

/// <summary>A kept row and its quasi-identifiers as the extract shows them.</summary>
public sealed record ExtractRow<T>(T Row, ExtractQuasiIdentifiers Shown);
