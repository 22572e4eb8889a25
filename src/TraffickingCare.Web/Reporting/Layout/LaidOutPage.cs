using SkiaSharp;

namespace TraffickingCare.Web.Reporting.Layout;

/// <summary>A page after layout: its size, the area between the margins, and what goes on it.</summary>
internal sealed class LaidOutPage(SKSize size, SKRect content)
{
    public SKSize Size { get; } = size;

    public SKRect Content { get; } = content;

    public List<PageItem> Items { get; } = [];
}
