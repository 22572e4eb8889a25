namespace TraffickingCare.Web.Reporting;

/// <summary>
/// A table with a header row repeated on every page it reaches. Column widths are relative (2, 1, 1
/// gives the first column half the line). A row moves to the next page whole rather than split,
/// unless it is taller than a page.
/// </summary>
public sealed class PdfTable
{
    private readonly List<ColumnDefinition> columns = [];
    private readonly List<RowDefinition> rows = [];

    internal IReadOnlyList<ColumnDefinition> Columns => columns;

    internal IReadOnlyList<RowDefinition> Rows => rows;

    public PdfTable Column(string header, float relativeWidth = 1, CellAlignment alignment = CellAlignment.Left)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(relativeWidth);
        if (rows.Count > 0)
        {
            throw new InvalidOperationException("Declare every column before the first row.");
        }

        columns.Add(new ColumnDefinition(header, relativeWidth, alignment));
        return this;
    }

    public PdfTable Row(params string[] cells) => Add(cells, bold: false);

    /// <summary>A row in bold, such as the totals of a statistical table.</summary>
    public PdfTable TotalRow(params string[] cells) => Add(cells, bold: true);

    private PdfTable Add(string[] cells, bool bold)
    {
        if (cells.Length != columns.Count)
        {
            throw new ArgumentException($"The table has {columns.Count} columns; the row has {cells.Length} cells.", nameof(cells));
        }

        rows.Add(new RowDefinition(cells, bold));
        return this;
    }

    internal sealed record ColumnDefinition(string Header, float RelativeWidth, CellAlignment Alignment);

    internal sealed record RowDefinition(IReadOnlyList<string> Cells, bool Bold);
}
