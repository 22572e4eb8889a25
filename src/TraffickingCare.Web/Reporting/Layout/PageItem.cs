using System.Globalization;
using SkiaSharp;

namespace TraffickingCare.Web.Reporting.Layout;

/// <summary>One thing at a fixed place on a laid-out page, drawn once the page count is known.</summary>
internal abstract record PageItem
{
    public abstract void Draw(SKCanvas canvas, Typesetter type);
}

internal sealed record TextItem(string Text, float X, float Baseline, TextStyle Style) : PageItem
{
    public override void Draw(SKCanvas canvas, Typesetter type) => type.Draw(canvas, Text, X, Baseline, Style);
}

/// <summary>A rule; dotted (round dots 3 points apart) for a contents leader.</summary>
internal sealed record LineItem(SKPoint From, SKPoint To, float Thickness, SKColor? Colour = null, bool Dotted = false) : PageItem
{
    public override void Draw(SKCanvas canvas, Typesetter type)
    {
        using var dots = Dotted ? SKPathEffect.CreateDash([0.01f, 3f], 0) : null;
        using var pen = new SKPaint
        {
            Color = Colour ?? SKColors.Black,
            StrokeWidth = Thickness,
            Style = SKPaintStyle.Stroke,
            IsAntialias = true,
            PathEffect = dots,
            StrokeCap = Dotted ? SKStrokeCap.Round : SKStrokeCap.Butt,
        };
        canvas.DrawLine(From, To, pen);
    }
}

internal sealed record BoxItem(SKRect Rect, SKColor? Fill, bool Border) : PageItem
{
    public override void Draw(SKCanvas canvas, Typesetter type)
    {
        if (Fill is { } fill)
        {
            using var paint = new SKPaint { Color = fill, Style = SKPaintStyle.Fill };
            canvas.DrawRect(Rect, paint);
        }

        if (Border)
        {
            using var pen = new SKPaint { Color = SKColors.Black, StrokeWidth = 0.5f, Style = SKPaintStyle.Stroke };
            canvas.DrawRect(Rect, pen);
        }
    }
}

/// <summary>Encoded PNG or JPEG bytes, decoded only while drawing (Skia passes a JPEG into the PDF as it is).</summary>
internal sealed record ImageItem(byte[] Encoded, SKRect Rect) : PageItem
{
    public override void Draw(SKCanvas canvas, Typesetter type)
    {
        using var image = SKImage.FromEncodedData(Encoded);
        canvas.DrawImage(image, Rect, new SKSamplingOptions(SKFilterMode.Linear, SKMipmapMode.None));
    }
}

/// <summary>
/// A chart or figure drawn by the caller's callback, in its own coordinates (0,0 at its top left) and clipped to its
/// box, with the faces the document is drawn with; <paramref name="Text"/> is what it may write with them.
/// </summary>
internal sealed record DrawingItem(Action<SKCanvas, SKSize, ReportFonts> Drawing, SKRect Rect, string Text) : PageItem
{
    public override void Draw(SKCanvas canvas, Typesetter type)
    {
        canvas.Save();
        canvas.ClipRect(Rect);
        canvas.Translate(Rect.Left, Rect.Top);
        Drawing(canvas, Rect.Size, type.Fonts);
        canvas.Restore();
    }
}

/// <summary>A page number looked up when drawn, right-aligned at <paramref name="Right"/>, with a dotted leader from <paramref name="LeaderFrom"/>.</summary>
internal sealed record PageReferenceItem(PageAnchors Anchors, string Anchor, float LeaderFrom, float Right, float Baseline, TextStyle Style, CultureInfo Culture) : PageItem
{
    public override void Draw(SKCanvas canvas, Typesetter type)
    {
        var number = Anchors.PageOf(Anchor).ToString(Culture);
        var width = type.Measure(number, Style);
        var leaderTo = Right - width - 4;
        if (leaderTo - LeaderFrom > 6)
        {
            new LineItem(new SKPoint(LeaderFrom, Baseline - 1), new SKPoint(leaderTo, Baseline - 1), 0.9f, Dotted: true).Draw(canvas, type);
        }

        type.Draw(canvas, number, Right - width, Baseline, Style);
    }
}
