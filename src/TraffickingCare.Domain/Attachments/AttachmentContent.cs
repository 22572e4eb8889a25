using System.IO.Compression;
using System.Text;

namespace TraffickingCare.Domain.Attachments;

/// <summary>
/// Tells a file's type from its content, never from its name or the browser's Content-Type: PDF by
/// <c>%PDF-</c>, PNG by its eight-byte signature, JPEG by <c>FF D8 FF</c>, and the office formats by being a
/// ZIP whose entries say what it is (<c>[Content_Types].xml</c> with the main part of Word or Excel, or an
/// OpenDocument <c>mimetype</c> entry). The name's extension must then agree with what was found, so a
/// renamed executable or web page is refused either way.
/// </summary>
public static class AttachmentContent
{
    private static readonly byte[] PdfMagic = "%PDF-"u8.ToArray();
    private static readonly byte[] PngMagic = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
    private static readonly byte[] JpegMagic = [0xFF, 0xD8, 0xFF];
    private static readonly byte[] ZipMagic = [0x50, 0x4B, 0x03, 0x04];

    private static readonly Dictionary<string, AttachmentType> ByExtension = new(StringComparer.OrdinalIgnoreCase)
    {
        [".pdf"] = AttachmentType.Pdf,
        [".jpg"] = AttachmentType.Jpeg,
        [".jpeg"] = AttachmentType.Jpeg,
        [".png"] = AttachmentType.Png,
        [".docx"] = AttachmentType.Docx,
        [".xlsx"] = AttachmentType.Xlsx,
        [".odt"] = AttachmentType.Odt,
        [".ods"] = AttachmentType.Ods,
    };

    /// <summary>The extensions accepted, for the file picker's <c>accept</c> attribute and the error message.</summary>
    public static IReadOnlyCollection<string> Extensions => ByExtension.Keys;

    /// <summary>The type the name's extension claims, or null for an extension that is not accepted.</summary>
    public static AttachmentType? Claimed(string? fileName) =>
        ByExtension.TryGetValue(Path.GetExtension(fileName ?? string.Empty), out var type) ? type : null;

    /// <summary>The extension a downloaded file gets: the one of its real type.</summary>
    public static string ExtensionOf(AttachmentType type) => type switch
    {
        AttachmentType.Jpeg => ".jpg",
        _ => "." + type.ToString().ToLowerInvariant(),
    };

    public static string ContentTypeOf(AttachmentType type) => type switch
    {
        AttachmentType.Pdf => "application/pdf",
        AttachmentType.Jpeg => "image/jpeg",
        AttachmentType.Png => "image/png",
        AttachmentType.Docx => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        AttachmentType.Xlsx => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        AttachmentType.Odt => "application/vnd.oasis.opendocument.text",
        AttachmentType.Ods => "application/vnd.oasis.opendocument.spreadsheet",
        _ => throw new ArgumentOutOfRangeException(nameof(type)),
    };

    /// <summary>The type the content shows, or null when it is none of the accepted ones. The stream must be seekable; it is left at its start.</summary>
    public static AttachmentType? Sniff(Stream content)
    {
        ArgumentNullException.ThrowIfNull(content);
        content.Position = 0;
        Span<byte> head = stackalloc byte[8];
        var read = content.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        head = head[..read];
        content.Position = 0;

        if (head.StartsWith(PdfMagic))
        {
            return AttachmentType.Pdf;
        }

        if (head.StartsWith(PngMagic))
        {
            return AttachmentType.Png;
        }

        if (head.StartsWith(JpegMagic))
        {
            return AttachmentType.Jpeg;
        }

        return head.StartsWith(ZipMagic) ? SniffPackage(content) : null;
    }

    /// <summary>The type the content shows, when it is also the type the name claims; null otherwise.</summary>
    public static AttachmentType? Check(Stream content, string? fileName) =>
        Claimed(fileName) is { } claimed && Sniff(content) == claimed ? claimed : null;

    private static AttachmentType? SniffPackage(Stream content)
    {
        try
        {
            // Only the central directory and one tiny entry are read: a "zip bomb" is never expanded.
            using var zip = new ZipArchive(content, ZipArchiveMode.Read, leaveOpen: true);
            if (zip.GetEntry("mimetype") is { Length: < 128 } mimetype)
            {
                return ReadSmall(mimetype) switch
                {
                    "application/vnd.oasis.opendocument.text" => AttachmentType.Odt,
                    "application/vnd.oasis.opendocument.spreadsheet" => AttachmentType.Ods,
                    _ => null,
                };
            }

            // Macro-enabled documents are refused: their main part has another content type, and they carry a VBA project.
            if (zip.GetEntry("[Content_Types].xml") is null || zip.Entries.Any(e => e.Name.Equals("vbaProject.bin", StringComparison.OrdinalIgnoreCase)))
            {
                return null;
            }

            if (zip.GetEntry("word/document.xml") is not null)
            {
                return AttachmentType.Docx;
            }

            return zip.GetEntry("xl/workbook.xml") is not null ? AttachmentType.Xlsx : null;
        }
        catch (InvalidDataException)
        {
            return null;
        }
        finally
        {
            content.Position = 0;
        }
    }

    private static string ReadSmall(ZipArchiveEntry entry)
    {
        using var stream = entry.Open();
        using var reader = new StreamReader(stream, Encoding.ASCII);
        return reader.ReadToEnd().Trim();
    }
}
