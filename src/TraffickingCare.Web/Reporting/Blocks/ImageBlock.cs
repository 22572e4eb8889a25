using SkiaSharp;
using TraffickingCare.Web.Reporting.Layout;

namespace TraffickingCare.Web.Reporting.Blocks;

/// <summary>A PNG or JPEG at the asked width (at most the line's), scaled down further to fit a page.</summary>
internal sealed class ImageBlock(byte[] encoded, float width) : Block
{
    public override void Layout(PageFlow flow)
    {
        var info = SKBitmap.DecodeBounds(encoded);
        if (info.Width <= 0 || info.Height <= 0)
        {
            throw new ArgumentException("The image is not a PNG or JPEG that can be decoded.");
        }

        var size = FigureSize.Fit(new SKSize(width, width * info.Height / info.Width), flow);
        flow.EnsureRoom(size.Height);
        flow.Add(new ImageItem(encoded, SKRect.Create(flow.Left, flow.Y, size.Width, size.Height)));
        flow.Advance(size.Height + TextStyle.Body.LineHeight * 0.5f);
    }
}
