using System.Globalization;
using System.Text;
using Microsoft.Net.Http.Headers;
using TraffickingCare.Domain.Attachments;

namespace TraffickingCare.Web.Features.Attachments;

/// <summary>
/// The name a download is saved under: the uploaded name without folders, control or reserved characters,
/// leading dots or trailing spaces, at most 100 characters, and always with the extension of the type the
/// content was found to be. The header carries an ASCII fallback (Serbian letters without their marks) and the
/// full name in UTF-8 (RFC 5987 <c>filename*</c>).
/// </summary>
public static class AttachmentFileName
{
    public const int MaxLength = 100;
    private const string Fallback = "prilog";

    public static string Safe(string? uploaded, AttachmentType type)
    {
        var extension = AttachmentContent.ExtensionOf(type);
        var name = Path.GetFileNameWithoutExtension(Path.GetFileName((uploaded ?? string.Empty).Replace('\\', '/')));
        var clean = new StringBuilder(name.Length);
        foreach (var c in name)
        {
            clean.Append(char.IsControl(c) || char.GetUnicodeCategory(c) is UnicodeCategory.Format || "/\\:*?\"<>|;%".Contains(c) ? '_' : c);
        }

        var stem = clean.ToString().Trim().TrimStart('.').Trim();
        if (stem.Length > MaxLength - extension.Length)
        {
            stem = stem[..(MaxLength - extension.Length)].TrimEnd();
        }

        return (stem.Length == 0 ? Fallback : stem) + extension;
    }

    /// <summary>The same name in ASCII for old clients: marks dropped, đ as dj, anything else outside ASCII as "_".</summary>
    public static string Ascii(string safe)
    {
        var decomposed = safe.Replace("đ", "dj").Replace("Đ", "Dj").Normalize(NormalizationForm.FormD);
        var ascii = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            ascii.Append(c is >= ' ' and <= '~' ? c : '_');
        }

        return ascii.ToString();
    }

    public static string ContentDisposition(string safe) =>
        new ContentDispositionHeaderValue("attachment") { FileName = Ascii(safe), FileNameStar = safe }.ToString();
}
