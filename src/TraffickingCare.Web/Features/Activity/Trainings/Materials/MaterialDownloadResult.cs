using System.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;
using TraffickingCare.Domain.Activity;
using TraffickingCare.Domain.Attachments;
using TraffickingCare.Web.Infrastructure.Storage;

namespace TraffickingCare.Web.Features.Activity.Trainings.Materials;

/// <summary>
/// Streams a material back decrypted, as a download (never shown in the browser, no sniffing, not cached), under its
/// uploaded name with the extension of the type its content was found to be.
/// </summary>
public sealed class MaterialDownloadResult(TrainingMaterial material, AttachmentStore store) : IActionResult
{
    public async Task ExecuteResultAsync(ActionContext context)
    {
        var response = context.HttpContext.Response;
        var name = SafeName(material.FileName, material.Type);
        response.ContentType = AttachmentContent.ContentTypeOf(material.Type);
        response.ContentLength = material.SizeBytes;
        response.Headers.ContentDisposition = new ContentDispositionHeaderValue("attachment") { FileName = Ascii(name), FileNameStar = name }.ToString();
        response.Headers.XContentTypeOptions = "nosniff";
        response.Headers.CacheControl = "no-store";
        await store.CopyToAsync(material.StoredName, material.WrappedKey, response.Body, context.HttpContext.RequestAborted);
    }

    public static string SafeName(string uploaded, AttachmentType type)
    {
        var stem = new string([.. Path.GetFileNameWithoutExtension(uploaded).Select(c => char.IsControl(c) || "/\\:*?\"<>|;%".Contains(c) ? '_' : c)]).Trim().TrimStart('.');
        return (stem.Length == 0 ? "materijal" : stem) + AttachmentContent.ExtensionOf(type);
    }

    /// <summary>The name in ASCII for old clients: marks dropped, đ as dj, anything else outside ASCII as "_".</summary>
    private static string Ascii(string name)
    {
        var decomposed = name.Replace("đ", "dj").Replace("Đ", "Dj").Normalize(NormalizationForm.FormD);
        return new string([.. decomposed
            .Where(c => System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.NonSpacingMark)
            .Select(c => c is >= ' ' and <= '~' ? c : '_')]);
    }
}
