using Microsoft.Extensions.Options;
using SkiaSharp;

namespace TraffickingCare.Web.Reporting;

/// <summary>The two faces, loaded once for the app's life. SKTypeface is safe to share between threads for reading.</summary>
public sealed class ReportFonts : IDisposable
{
    public ReportFonts(IOptions<ReportingOptions> options)
    {
        Regular = Load(options.Value.RegularFontPath);
        Bold = Load(options.Value.BoldFontPath);
    }

    public SKTypeface Regular { get; }

    public SKTypeface Bold { get; }

    public void Dispose()
    {
        Regular.Dispose();
        Bold.Dispose();
    }

    private static SKTypeface Load(string path) =>
        SKTypeface.FromFile(path) ?? throw new InvalidOperationException(
            $"{ReportingOptions.FontFolderKey}: the font file {Path.GetFileName(path)} cannot be loaded.");
}
