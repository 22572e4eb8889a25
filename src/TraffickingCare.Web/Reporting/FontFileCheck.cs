using SkiaSharp;

namespace TraffickingCare.Web.Reporting;

/// <summary>
/// Both faces must exist and load. The native SkiaSharp build has no fontconfig and no fallback font:
/// without them every letter of a document would come out blank, so the app refuses to start and
/// /health/ready fails instead.
/// </summary>
public static class FontFileCheck
{
    public static IReadOnlyList<string> Problems(ReportingOptions options)
    {
        var problems = new List<string>();
        foreach (var file in new[] { ReportingOptions.RegularFontFile, ReportingOptions.BoldFontFile })
        {
            var path = Path.Combine(options.FontFolder, file);
            if (!File.Exists(path))
            {
                problems.Add($"{ReportingOptions.FontFolderKey}: the font file {file} is missing from '{options.FontFolder}' " +
                    $"(install the Debian package fonts-dejavu-core, or set {ReportingOptions.FontFolderKey} to a folder that holds it).");
                continue;
            }

            using var typeface = SKTypeface.FromFile(path);
            if (typeface is null)
            {
                problems.Add($"{ReportingOptions.FontFolderKey}: the font file {file} in '{options.FontFolder}' cannot be loaded as a typeface.");
            }
        }

        return problems;
    }
}
