using SkiaSharp;

namespace TraffickingCare.Web.Reporting.Layout;

internal static class PageSize
{
    /// <summary>A4 in points: 210 × 297 mm.</summary>
    private static readonly SKSize A4 = new(595.28f, 841.89f);

    public static SKSize Of(PageOrientation orientation) =>
        orientation == PageOrientation.Landscape ? new SKSize(A4.Height, A4.Width) : A4;
}
