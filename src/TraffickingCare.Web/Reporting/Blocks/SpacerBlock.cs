using TraffickingCare.Web.Reporting.Layout;

namespace TraffickingCare.Web.Reporting.Blocks;

/// <summary>Vertical space; at the foot of a page it simply ends the page (nothing carries over).</summary>
internal sealed class SpacerBlock(float points) : Block
{
    public override void Layout(PageFlow flow) => flow.Advance(points);
}
