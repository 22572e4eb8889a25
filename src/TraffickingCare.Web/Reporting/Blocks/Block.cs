using TraffickingCare.Web.Reporting.Layout;

namespace TraffickingCare.Web.Reporting.Blocks;

/// <summary>One piece of a document's body; it lays itself out onto the page flow.</summary>
internal abstract class Block
{
    public abstract void Layout(PageFlow flow);
}
