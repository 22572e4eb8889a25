using System.Globalization;
using ScottPlot;

namespace TraffickingCare.Web.Features.Reports.Annual.Charts;

/// <summary>
/// Grouped bars in ScottPlot: one group per category, one bar per series in each group, a legend naming the series.
/// A value that is null has no bar at all: a hidden or small count leaves a gap instead of a bar of zero.
/// </summary>
internal static class ChartPlot
{
    private static readonly Color[] Palette = [Color.FromHex("#4A6FA5"), Color.FromHex("#D98C2B"), Color.FromHex("#4F9461"), Color.FromHex("#9B5A9C")];
    private static readonly Color[] YearPalette = [Color.FromHex("#A9BCD8"), Color.FromHex("#2F5487")];

    /// <param name="values">For each series, a value per category (null: left out).</param>
    /// <param name="horizontal">Categories down the left axis (long row labels stay readable).</param>
    public static Plot Build(
        IReadOnlyList<string> categories,
        IReadOnlyList<string> series,
        IReadOnlyList<IReadOnlyList<int?>> values,
        bool horizontal,
        string fontName,
        CultureInfo culture)
    {
        var plot = new Plot();
        plot.Font.Set(fontName);
        var colours = series.Count == 2 ? YearPalette : Palette;
        var slot = series.Count + 1;
        var bars = new List<Bar>();
        for (var c = 0; c < categories.Count; c++)
        {
            // Horizontal groups run top to bottom in reading order, so the first row is drawn highest.
            var group = horizontal ? categories.Count - 1 - c : c;
            for (var s = 0; s < series.Count; s++)
            {
                if (values[s][c] is not { } value)
                {
                    continue;
                }

                var offset = horizontal ? series.Count - 1 - s : s;
                bars.Add(new Bar
                {
                    Position = group * slot + offset,
                    Value = value,
                    FillColor = colours[s % colours.Length],
                    LineWidth = 0,
                    ValueLabel = value.ToString("#,0", culture),
                    Orientation = horizontal ? Orientation.Horizontal : Orientation.Vertical,
                });
            }
        }

        var plotted = plot.Add.Bars(bars);
        plotted.ValueLabelStyle.FontName = fontName;
        plotted.ValueLabelStyle.FontSize = 10;

        var ticks = categories.Select((_, c) => (horizontal ? categories.Count - 1 - c : c) * (double)slot + (series.Count - 1) / 2.0).ToArray();
        var (categoryAxis, valueAxis) = horizontal ? ((IAxis)plot.Axes.Left, (IAxis)plot.Axes.Bottom) : (plot.Axes.Bottom, plot.Axes.Left);
        categoryAxis.TickGenerator = new ScottPlot.TickGenerators.NumericManual(ticks, [.. categories]);
        valueAxis.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic { IntegerTicksOnly = true, LabelFormatter = v => v.ToString("#,0", culture) };
        foreach (var axis in new[] { categoryAxis, valueAxis })
        {
            axis.TickLabelStyle.FontName = fontName;
            axis.TickLabelStyle.FontSize = 10;
            axis.MajorTickStyle.Length = 3;
            axis.MinorTickStyle.Length = 0;
        }

        if (horizontal)
        {
            plot.Axes.Margins(left: 0, right: 0.12, bottom: 0.02, top: 0.02);
            plot.Axes.Bottom.MinimumSize = 0;
        }
        else
        {
            plot.Axes.Margins(bottom: 0, top: 0.15);
        }

        plot.HideGrid();
        plot.Legend.FontName = fontName;
        plot.Legend.FontSize = 10;
        plot.Legend.ManualItems.AddRange(series.Select((name, s) => new LegendItem { LabelText = name, FillColor = colours[s % colours.Length] }));
        plot.Legend.ShadowColor = Colors.Transparent;
        plot.ShowLegend(Edge.Bottom);
        return plot;
    }
}
