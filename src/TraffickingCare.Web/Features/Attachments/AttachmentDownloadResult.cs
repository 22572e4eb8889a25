using Microsoft.AspNetCore.Mvc;
using TraffickingCare.Domain.Attachments;
using TraffickingCare.Web.Infrastructure.Storage;

namespace TraffickingCare.Web.Features.Attachments;

/// <summary>
/// Streams an attachment back decrypted, as a download: never shown in the browser (Content-Disposition
/// attachment), the content type of the type found at upload, and no sniffing by the browser.
/// </summary>
public sealed class AttachmentDownloadResult(CaseAttachment attachment, AttachmentStore store) : IActionResult
{
    public async Task ExecuteResultAsync(ActionContext context)
    {
        var response = context.HttpContext.Response;
        response.ContentType = AttachmentContent.ContentTypeOf(attachment.Type);
        response.ContentLength = attachment.SizeBytes;
        response.Headers.ContentDisposition = AttachmentFileName.ContentDisposition(AttachmentFileName.Safe(attachment.FileName, attachment.Type));
        response.Headers.XContentTypeOptions = "nosniff";
        response.Headers.CacheControl = "no-store";
        await store.CopyToAsync(attachment.StoredName, attachment.WrappedKey, response.Body, context.HttpContext.RequestAborted);
    }
}
