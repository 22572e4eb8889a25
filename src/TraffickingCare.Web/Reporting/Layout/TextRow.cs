using SkiaSharp;

namespace TraffickingCare.Web.Reporting.Layout;

/// <summary>
/// Cells side by side that share line positions: a table row, a label with its value, or a single
/// paragraph. A row can be placed whole or in slices of lines, so a very tall row continues on the next page.
/// </summary>
internal sealed class TextRow(IReadOnlyList<TextCell> cells, float padding = 0, bool bordered = false, SKColor? fill = null)
{
    public int LineCount { get; } = cells.Max(c => c.Lines.Count);

    public float LineHeight { get; } = cells.Max(c => c.Style.LineHeight);

    public float Height => HeightOf(LineCount);

    public float HeightOf(int lines) => lines * LineHeight + 2 * padding;

    public int LinesThatFit(float room) => Math.Max(0, (int)Math.Floor((room - 2 * padding + 0.01f) / LineHeight));

    public void Place(PageFlow flow, int first, int count)
    {
        var top = flow.Y;
        var height = HeightOf(count);
        foreach (var cell in cells)
        {
            var left = flow.Left + cell.X;
            if (bordered || fill is not null)
            {
                flow.Add(new BoxItem(new SKRect(left, top, left + cell.Width, top + height), fill, bordered));
            }

            var baseline = top + padding + flow.Type.BaselineOffset(cell.Style);
            foreach (var line in cell.Lines.Skip(first).Take(count))
            {
                if (line.Length > 0)
                {
                    flow.Add(new TextItem(line, AlignedX(flow.Type, cell, left, line), baseline, cell.Style));
                }

                baseline += LineHeight;
            }
        }

        flow.Advance(height);
    }

    private float AlignedX(Typesetter type, TextCell cell, float left, string line)
    {
        var room = cell.Width - 2 * padding;
        var slack = Math.Max(0, room - type.Measure(line, cell.Style));
        return left + padding + cell.Alignment switch
        {
            CellAlignment.Right => slack,
            CellAlignment.Center => slack / 2,
            _ => 0,
        };
    }
}
