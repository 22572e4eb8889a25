using TraffickingCare.Web.Reporting.Layout;

namespace TraffickingCare.Web.Reporting.Blocks;

internal sealed class HeadingBlock(string text, int level, string? anchor) : Block
{
    public override void Layout(PageFlow flow)
    {
        var style = TextStyle.Heading(level);
        var row = new TextRow([TextCell.Wrap(flow.Type, text, 0, flow.Width, style)]);
        if (!flow.IsFreshPage)
        {
            flow.Advance(style.Size * 0.6f);
        }

        // A heading never stays alone at the foot of a page: it needs two body lines under it.
        flow.EnsureRoom(row.Height + 2 * TextStyle.Body.LineHeight);
        if (anchor is not null)
        {
            // After EnsureRoom the first line is certain to go on this page.
            flow.Anchors.Mark(anchor, flow.PageNumber);
        }

        RowPlacement.Split(flow, row);
        flow.Advance(style.Size * 0.4f);
    }
}
