using TraffickingCare.Web.Reporting.Layout;

namespace TraffickingCare.Web.Reporting.Blocks;

internal sealed class ParagraphBlock(string text, bool bold) : Block
{
    public override void Layout(PageFlow flow)
    {
        var style = bold ? TextStyle.BodyBold : TextStyle.Body;
        RowPlacement.Split(flow, new TextRow([TextCell.Wrap(flow.Type, text, 0, flow.Width, style)]));
        flow.Advance(style.LineHeight * 0.5f);
    }
}
