using Microsoft.Extensions.Options;
using SkiaSharp;

namespace TraffickingCare.Web.Reporting;

/// <summary>
/// The two faces, loaded once for the app's life. SKTypeface is safe to share between threads for reading. Each
/// rendering draws with <see cref="Subset"/>: faces cut down to the characters that document prints, so that its PDF
/// embeds kilobytes of glyphs, not the whole faces.
/// </summary>
public sealed class ReportFonts : IDisposable
{
    /// <summary>
    /// Always kept in a subset (printable ASCII: digits, separators, brackets), so numbers a drawing formats itself,
    /// which the document cannot list in advance, still have their glyphs.
    /// </summary>
    private static readonly int[] AlwaysKept = [.. Enumerable.Range(0x20, 0x7F - 0x20)];

    private readonly byte[]? regularFace;
    private readonly byte[]? boldFace;

    public ReportFonts(IOptions<ReportingOptions> options)
    {
        regularFace = Read(options.Value.RegularFontPath);
        boldFace = Read(options.Value.BoldFontPath);
        Regular = Load(regularFace, options.Value.RegularFontPath);
        Bold = Load(boldFace, options.Value.BoldFontPath);
    }

    private ReportFonts(SKTypeface regular, SKTypeface bold) => (Regular, Bold) = (regular, bold);

    public SKTypeface Regular { get; }

    public SKTypeface Bold { get; }

    /// <summary>
    /// Both faces cut down to <paramref name="codepoints"/> (and printable ASCII), for one document; the caller
    /// disposes them once the PDF is closed. Null when the faces cannot be subset: the document then embeds them whole.
    /// </summary>
    public ReportFonts? Subset(IReadOnlySet<int> codepoints)
    {
        if (regularFace is null || boldFace is null)
        {
            return null;
        }

        var kept = codepoints.Union(AlwaysKept).ToList();
        if (FontSubsetter.Subset(regularFace, kept) is not { } regular || FontSubsetter.Subset(boldFace, kept) is not { } bold)
        {
            return null;
        }

        var (regularTypeface, boldTypeface) = (FromBytes(regular), FromBytes(bold));
        if (regularTypeface is null || boldTypeface is null)
        {
            regularTypeface?.Dispose();
            boldTypeface?.Dispose();
            return null;
        }

        return new ReportFonts(regularTypeface, boldTypeface);
    }

    public void Dispose()
    {
        Regular.Dispose();
        Bold.Dispose();
    }

    private static SKTypeface? FromBytes(byte[] face)
    {
        using var data = SKData.CreateCopy(face);
        return SKTypeface.FromData(data);
    }

    private static byte[]? Read(string path)
    {
        try
        {
            return File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static SKTypeface Load(byte[]? face, string path) =>
        (face is null ? null : FromBytes(face)) ?? throw new InvalidOperationException(
            $"{ReportingOptions.FontFolderKey}: the font file {Path.GetFileName(path)} cannot be loaded.");
}
