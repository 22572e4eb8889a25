using SkiaSharp;
using TraffickingCare.Web.Reporting.Layout;

namespace TraffickingCare.Web.Reporting.Blocks;

/// <summary>
/// A column chart for the statistical report, drawn with the document's own fonts so its labels are
/// real text (Serbian letters, searchable). Values are counts: negative ones are drawn as zero.
/// </summary>
internal sealed class BarChartBlock(IReadOnlyList<(string Label, double Value)> bars, float height) : Block
{
    private const int GridLines = 4;
    private static readonly SKColor BarColour = new(0x4A, 0x6F, 0xA5);
    private static readonly SKColor GridColour = new(0xC8, 0xC8, 0xC8);

    public override void Layout(PageFlow flow)
    {
        var style = TextStyle.Caption;
        var slot = flow.Width / bars.Count;
        var labels = bars.Select((b, i) => TextCell.Wrap(flow.Type, b.Label, i * slot, slot, style, CellAlignment.Center, 2)).ToList();
        var labelRow = new TextRow(labels);
        var boxHeight = Math.Min(height, flow.RoomOnFreshPage);
        flow.EnsureRoom(boxHeight);

        var top = flow.Y + style.LineHeight;
        var axis = flow.Y + boxHeight - labelRow.Height - 4;
        var max = Math.Max(1, bars.Max(b => b.Value));
        for (var g = 0; g <= GridLines; g++)
        {
            var y = axis - (axis - top) * g / GridLines;
            flow.Add(new LineItem(new SKPoint(flow.Left, y), new SKPoint(flow.Left + flow.Width, y), g == 0 ? 0.75f : 0.25f, g == 0 ? SKColors.Black : GridColour));
        }

        for (var i = 0; i < bars.Count; i++)
        {
            var value = Math.Max(0, bars[i].Value);
            var barTop = axis - (float)(value / max) * (axis - top);
            var left = flow.Left + i * slot + slot * 0.2f;
            flow.Add(new BoxItem(new SKRect(left, barTop, left + slot * 0.6f, axis), BarColour, Border: false));

            var text = value.ToString("#,0.##", flow.Culture);
            var width = flow.Type.Measure(text, style);
            flow.Add(new TextItem(text, left + (slot * 0.6f - width) / 2, barTop - 3, style));
        }

        flow.Advance(boxHeight - labelRow.Height);
        labelRow.Place(flow, 0, labelRow.LineCount);
        flow.Advance(TextStyle.Body.LineHeight * 0.5f);
    }
}
