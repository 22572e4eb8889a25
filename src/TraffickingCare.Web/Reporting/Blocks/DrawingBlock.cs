using SkiaSharp;
using TraffickingCare.Web.Reporting.Layout;

namespace TraffickingCare.Web.Reporting.Blocks;

/// <summary>
/// A chart or figure drawn with Skia by the caller (vector in the PDF), in a box of the asked size. The callback gets
/// the document's faces; <paramref name="text"/> names the characters it writes with them, so the subset holds them.
/// </summary>
internal sealed class DrawingBlock(float width, float height, string text, Action<SKCanvas, SKSize, ReportFonts> draw) : Block
{
    public override void Layout(PageFlow flow)
    {
        var size = FigureSize.Fit(new SKSize(width, height), flow);
        flow.EnsureRoom(size.Height);
        flow.Add(new DrawingItem(draw, SKRect.Create(flow.Left, flow.Y, size.Width, size.Height), text));
        flow.Advance(size.Height + TextStyle.Body.LineHeight * 0.5f);
    }
}
