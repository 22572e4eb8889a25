using TraffickingCare.Web.Reporting.Layout;

namespace TraffickingCare.Web.Reporting.Blocks;

/// <summary>Starts a new page, optionally turned (a landscape page for a wide table, then back).</summary>
internal sealed class PageBreakBlock(PageOrientation? turnTo) : Block
{
    public override void Layout(PageFlow flow) => flow.NewPage(turnTo);
}
