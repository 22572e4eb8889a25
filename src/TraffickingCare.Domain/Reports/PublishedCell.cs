namespace TraffickingCare.Domain.Reports;

/// <summary>
/// One frozen cell of a published revision, as the cell contract names it. Not an <see cref="Common.Entity"/>: it is
/// written once with its revision and never changed or removed, so it carries no stamps, version or soft delete.
/// It keeps its place in the contract's order and the value every public export showed when it was published (after
/// the small-cell rule): a later change to the rule, or to the sums it protects, must not change what was published.
/// </summary>
public sealed class PublishedCell
{
    public const int KeyMaxLength = 64;

    /// <summary>"&lt;N" with a threshold of up to 5 digits, "x", or a count.</summary>
    public const int ShownMaxLength = 12;

    private PublishedCell()
    {
        Table = string.Empty;
        Row = string.Empty;
    }

    internal PublishedCell(Guid reportId, int position, string table, string row, int year, int value, string shown)
    {
        ReportId = reportId;
        Position = position;
        Table = table;
        Row = row;
        Year = year;
        Value = value;
        Shown = shown;
    }

    public Guid ReportId { get; private set; }

    public string Table { get; private set; }

    public string Row { get; private set; }

    public int Year { get; private set; }

    public int Value { get; private set; }

    /// <summary>Where the cell stands in the revision's CSV, counted from 0 (0 for every cell of a revision published before it was kept).</summary>
    public int Position { get; private set; }

    /// <summary>The value as the public exports showed it at publishing; null for a revision published before it was kept.</summary>
    public string? Shown { get; private set; }

    public ReportCell ToCell() => new(Table, Row, Year, Value);
}
