namespace TraffickingCare.Domain.Reports;

/// <summary>
/// One frozen cell of a published revision, as the cell contract names it. Not an <see cref="Common.Entity"/>: it is
/// written once with its revision and never changed or removed, so it carries no stamps, version or soft delete.
/// </summary>
public sealed class PublishedCell
{
    public const int KeyMaxLength = 64;

    private PublishedCell()
    {
        Table = string.Empty;
        Row = string.Empty;
    }

    internal PublishedCell(Guid reportId, string table, string row, int year, int value)
    {
        ReportId = reportId;
        Table = table;
        Row = row;
        Year = year;
        Value = value;
    }

    public Guid ReportId { get; private set; }

    public string Table { get; private set; }

    public string Row { get; private set; }

    public int Year { get; private set; }

    public int Value { get; private set; }

    public ReportCell ToCell() => new(Table, Row, Year, Value);
}
