using System.IO.Compression;
using System.Text;

namespace TraffickingCare.UnitTests.Domain.Attachments;

/// <summary>The smallest files each check recognises (or must refuse), made in memory.</summary>
internal static class SampleFiles
{
    public static byte[] Pdf => Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n");

    public static byte[] Png => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52];

    public static byte[] Jpeg => [0xFF, 0xD8, 0xFF, 0xE0, 0, 16, 0x4A, 0x46, 0x49, 0x46, 0];

    public static byte[] Exe => [0x4D, 0x5A, 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, 0xFF, 0xFF];

    public static byte[] Html => Encoding.UTF8.GetBytes("<!DOCTYPE html><html><body><script>alert(1)</script></body></html>");

    public static byte[] Docx => Zip(("[Content_Types].xml", "<Types/>"), ("word/document.xml", "<w:document/>"));

    public static byte[] Docm => Zip(("[Content_Types].xml", "<Types/>"), ("word/document.xml", "<w:document/>"), ("word/vbaProject.bin", "macro"));

    public static byte[] Xlsx => Zip(("[Content_Types].xml", "<Types/>"), ("xl/workbook.xml", "<workbook/>"));

    public static byte[] Odt => Zip(("mimetype", "application/vnd.oasis.opendocument.text"), ("content.xml", "<office:document-content/>"));

    public static byte[] Ods => Zip(("mimetype", "application/vnd.oasis.opendocument.spreadsheet"), ("content.xml", "<office:document-content/>"));

    public static byte[] PlainZip => Zip(("notes.txt", "hello"));

    public static byte[] Zip(params (string Name, string Text)[] entries)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, text) in entries)
            {
                using var writer = new StreamWriter(zip.CreateEntry(name).Open());
                writer.Write(text);
            }
        }

        return buffer.ToArray();
    }
}
