using SkiaSharp;
using TraffickingCare.Web.Reporting.Layout;

namespace TraffickingCare.Web.Reporting.Blocks;

internal sealed class TableBlock(PdfTable table) : Block
{
    private const float Padding = 3;
    private static readonly SKColor HeaderShade = new(0xE6, 0xE6, 0xE6);

    public override void Layout(PageFlow flow)
    {
        var (offsets, widths) = ColumnBoxes(flow.Width);
        var header = new TextRow(
            table.Columns.Select((c, i) => TextCell.Wrap(flow.Type, c.Header, offsets[i], widths[i], TextStyle.TableBold, c.Alignment, Padding)).ToList(),
            Padding, bordered: true, fill: HeaderShade);
        var rows = table.Rows.Select(r => new TextRow(
            r.Cells.Select((text, i) => TextCell.Wrap(flow.Type, text, offsets[i], widths[i], r.Bold ? TextStyle.TableBold : TextStyle.Table, table.Columns[i].Alignment, Padding)).ToList(),
            Padding, bordered: true)).ToList();

        // A header alone at the foot of a page is useless: start on a new page unless the first row fits under it.
        flow.EnsureRoom(header.Height + (rows.Count == 0 ? 0 : rows[0].Height));
        header.Place(flow, 0, header.LineCount);

        using (flow.RepeatOnEveryPage(header.Height, f => header.Place(f, 0, header.LineCount)))
        {
            foreach (var row in rows)
            {
                RowPlacement.KeepTogether(flow, row);
            }
        }

        flow.Advance(TextStyle.Body.LineHeight * 0.5f);
    }

    private (float[] Offsets, float[] Widths) ColumnBoxes(float width)
    {
        var total = table.Columns.Sum(c => c.RelativeWidth);
        var widths = table.Columns.Select(c => width * c.RelativeWidth / total).ToArray();
        var offsets = new float[widths.Length];
        for (var i = 1; i < widths.Length; i++)
        {
            offsets[i] = offsets[i - 1] + widths[i - 1];
        }

        return (offsets, widths);
    }
}
