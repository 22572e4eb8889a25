using SkiaSharp;

namespace TraffickingCare.Web.Reporting.Layout;

/// <summary>
/// The fonts of one rendering: measures text for layout and draws it afterwards with the same metrics.
/// SKFont is not shared between threads, so each rendering makes its own over the shared typefaces.
/// </summary>
internal sealed class Typesetter(ReportFonts fonts) : IDisposable
{
    private readonly Dictionary<TextStyle, SKFont> cache = [];
    private readonly SKPaint ink = new() { Color = SKColors.Black, IsAntialias = true };

    /// <summary>The faces this typesetter draws with (a drawing that writes text uses them too).</summary>
    public ReportFonts Fonts => fonts;

    public SKFont Font(TextStyle style)
    {
        if (!cache.TryGetValue(style, out var font))
        {
            font = new SKFont(style.Bold ? fonts.Bold : fonts.Regular, style.Size) { Subpixel = true };
            cache[style] = font;
        }

        return font;
    }

    public float Measure(string text, TextStyle style) => Font(style).MeasureText(text);

    /// <summary>How far below the top of a line its baseline lies, with the glyphs centred in the line height.</summary>
    public float BaselineOffset(TextStyle style)
    {
        var metrics = Font(style).Metrics;
        return (style.LineHeight - (metrics.Descent - metrics.Ascent)) / 2 - metrics.Ascent;
    }

    public IReadOnlyList<string> Wrap(string text, TextStyle style, float width) =>
        LineBreaker.Wrap(text, width, s => Measure(s, style), (s, w) => (int)Font(style).BreakText(s, w));

    public void Draw(SKCanvas canvas, string text, float x, float baseline, TextStyle style) =>
        canvas.DrawText(text, x, baseline, SKTextAlign.Left, Font(style), ink);

    public void Dispose()
    {
        foreach (var font in cache.Values)
        {
            font.Dispose();
        }

        ink.Dispose();
    }
}
