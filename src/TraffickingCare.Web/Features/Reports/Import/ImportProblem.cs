namespace TraffickingCare.Web.Features.Reports.Import;

/// <summary>
/// One line of the validation report: the file's row (the header is row 1, as a spreadsheet numbers it; 0 for the
/// file as a whole), the column's header name, the problem as a resource key, and the offending value only where it
/// names nobody (never a name or a date of birth).
/// </summary>
public sealed record ImportProblem(int Row, string? Column, string Key, string? Value = null);
