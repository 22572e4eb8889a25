using SkiaSharp;
using TraffickingCare.Web.Reporting.Layout;

namespace TraffickingCare.Web.Reporting.Blocks;

internal static class FigureSize
{
    /// <summary>Scaled down, keeping its proportions, until it fits the line width and a fresh page.</summary>
    public static SKSize Fit(SKSize wanted, PageFlow flow)
    {
        var scale = Math.Min(1, Math.Min(flow.Width / wanted.Width, flow.RoomOnFreshPage / wanted.Height));
        return new SKSize(wanted.Width * scale, wanted.Height * scale);
    }
}
