using System.Globalization;
using SkiaSharp;

namespace TraffickingCare.Web.Reporting.Layout;

/// <summary>What every page carries in its margins: the Centre and the reference on top, "page X of Y" at the foot.</summary>
internal sealed class PageDecoration(string centreName, string reference, string pageNumberFormat, CultureInfo culture)
{
    /// <summary>What the decoration of a document of <paramref name="pages"/> pages prints (every page number is in ASCII digits).</summary>
    public IEnumerable<string> Texts(int pages) => [centreName, reference, string.Format(culture, pageNumberFormat, pages, pages)];

    public void Draw(SKCanvas canvas, LaidOutPage page, int number, int total, Typesetter type)
    {
        var content = page.Content;
        var headerBaseline = content.Top - 20;
        type.Draw(canvas, centreName, content.Left, headerBaseline, TextStyle.PageHeaderBold);
        var referenceWidth = type.Measure(reference, TextStyle.PageHeader);
        type.Draw(canvas, reference, content.Right - referenceWidth, headerBaseline, TextStyle.PageHeader);
        new LineItem(new SKPoint(content.Left, content.Top - 14), new SKPoint(content.Right, content.Top - 14), 0.5f).Draw(canvas, type);

        var footer = string.Format(culture, pageNumberFormat, number, total);
        var footerWidth = type.Measure(footer, TextStyle.PageHeader);
        type.Draw(canvas, footer, content.MidX - footerWidth / 2, content.Bottom + 28, TextStyle.PageHeader);
    }
}
