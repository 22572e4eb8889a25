using TraffickingCare.Web.Reporting.Layout;

namespace TraffickingCare.Web.Reporting.Blocks;

/// <summary>
/// The contents: titles wrapped to the line minus a fixed column for the page number, so what the numbers turn out
/// to be cannot change the layout. The numbers and the leaders are drawn after layout (<see cref="PageReferenceItem"/>).
/// </summary>
internal sealed class ContentsBlock(IReadOnlyList<PdfContentsEntry> entries) : Block
{
    private const float Indent = 16;
    private const float Gap = 8;

    public override void Layout(PageFlow flow)
    {
        var numberColumn = flow.Type.Measure("0000", TextStyle.BodyBold);
        foreach (var entry in entries)
        {
            var style = entry.Level == 1 ? TextStyle.BodyBold : TextStyle.Body;
            var indent = (Math.Clamp(entry.Level, 1, 3) - 1) * Indent;
            var cell = TextCell.Wrap(flow.Type, entry.Title, indent, flow.Width - indent - numberColumn - Gap, style);
            var row = new TextRow([cell]);
            flow.EnsureRoom(row.Height);
            var lastBaseline = flow.Y + flow.Type.BaselineOffset(style) + (row.LineCount - 1) * row.LineHeight;
            var textEnd = flow.Left + indent + flow.Type.Measure(cell.Lines[^1], style);
            row.Place(flow, 0, row.LineCount);
            flow.Add(new PageReferenceItem(flow.Anchors, entry.Anchor, textEnd + Gap / 2, flow.Left + flow.Width, lastBaseline, style, flow.Culture));
            flow.Advance(style.LineHeight * 0.2f);
        }

        flow.Advance(TextStyle.Body.LineHeight * 0.5f);
    }
}
