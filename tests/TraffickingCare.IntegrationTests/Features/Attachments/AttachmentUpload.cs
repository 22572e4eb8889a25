using System.IO.Compression;
using System.Net.Http.Headers;
using System.Text;
using AngleSharp.Html.Dom;
using TraffickingCare.IntegrationTests.Infrastructure;

namespace TraffickingCare.IntegrationTests.Features.Attachments;

/// <summary>Posts the page's upload form as a browser does (multipart, with its antiforgery token), only with the fields the form has.</summary>
internal static class AttachmentUpload
{
    public const string FormSelector = "form#upload-attachment";

    public static byte[] Pdf(string text = "Nalaz lekara.") => Encoding.ASCII.GetBytes($"%PDF-1.4\n% {text}\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n");

    public static byte[] Png => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52];

    public static byte[] Exe => [0x4D, 0x5A, 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, 0xFF, 0xFF];

    public static byte[] Docx()
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var name in new[] { "[Content_Types].xml", "word/document.xml" })
            {
                using var writer = new StreamWriter(zip.CreateEntry(name).Open());
                writer.Write("<x/>");
            }
        }

        return buffer.ToArray();
    }

    public static async Task<HttpResponseMessage> PostAsync(
        TestClient client, IHtmlDocument page, string fileName, byte[] content, string category = "Medical", string description = "")
    {
        var form = page.QuerySelector(FormSelector) as IHtmlFormElement ?? throw new InvalidOperationException("The page has no upload form.");
        Assert.Equal("multipart/form-data", form.Enctype);
        foreach (var field in new[] { "Upload.File", "Upload.Category", "Upload.Description", "__RequestVerificationToken" })
        {
            Assert.NotNull(form.QuerySelector($"[name='{field}']"));
        }

        Assert.Equal("file", form.QuerySelector("[name='Upload.File']")!.GetAttribute("type"));
        var token = form.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        using var multipart = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent(category), "Upload.Category" },
            { new StringContent(description), "Upload.Description" },
            { file, "Upload.File", fileName },
        };
        return await client.Http.PostAsync(form.GetAttribute("action"), multipart);
    }
}
