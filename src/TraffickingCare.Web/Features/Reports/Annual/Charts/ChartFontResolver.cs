using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using ScottPlot;
using SkiaSharp;
using TraffickingCare.Web.Reporting;

namespace TraffickingCare.Web.Features.Reports.Annual.Charts;

/// <summary>
/// Hands ScottPlot the PDF engine's own typefaces. The same SKTypeface objects mean the PDF embeds each face once
/// (a PDF's faces are cut down to the glyphs it prints; a chart drawn with another face would add a second, whole
/// face of about 390 KB), and the Cyrillic and Serbian Latin labels render, as the native build has no system fonts
/// to fall back on.
/// ScottPlot caches typefaces by name for the process, so each set of fonts gets a name of its own: a test host that
/// disposes its fonts never leaves a disposed typeface behind under a name that is asked for again.
/// </summary>
internal sealed class ChartFontResolver : IFontResolver
{
    private static readonly ChartFontResolver Instance = new();
    private static readonly ConditionalWeakTable<ReportFonts, string> Names = [];
    private static readonly ConcurrentDictionary<string, WeakReference<ReportFonts>> ByName = new();
    private static readonly Lock Registration = new();
    private static bool registered;
    private static int counter;

    public static string NameFor(ReportFonts fonts)
    {
        lock (Registration)
        {
            if (!registered)
            {
                ScottPlot.Fonts.FontResolvers.Insert(0, Instance);
                registered = true;
            }
        }

        return Names.GetValue(fonts, f =>
        {
            var name = "TraffickingCare Report " + Interlocked.Increment(ref counter);
            ByName[name] = new WeakReference<ReportFonts>(f);
            return name;
        });
    }

    public SKTypeface? CreateTypeface(string fontName, bool bold, bool italic) =>
        ByName.TryGetValue(fontName, out var reference) && reference.TryGetTarget(out var fonts) ? (bold ? fonts.Bold : fonts.Regular) : null;

    public SKTypeface? CreateTypeface(string fontName, FontWeight weight, FontSlant slant, FontSpacing width) =>
        CreateTypeface(fontName, weight >= FontWeight.SemiBold, slant != FontSlant.Upright);
}
