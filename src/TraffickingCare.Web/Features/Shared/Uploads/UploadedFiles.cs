using TraffickingCare.Domain.Attachments;
using TraffickingCare.Web.Infrastructure.Mvc;
using TraffickingCare.Web.Infrastructure.Storage;

namespace TraffickingCare.Web.Features.Shared.Uploads;

/// <summary>
/// Keeps an uploaded file: its content must be an accepted type and the one its name claims; then it is encrypted into
/// the attachments folder and <c>record</c> saves its row. A file whose row is not saved (a refusal, a conflict, an
/// error) is removed again, so the folder never holds a file nothing points to.
/// </summary>
public sealed class UploadedFiles(AttachmentStore store)
{
    public async Task<ChangeResult> KeepAsync(IFormFile file, string field, Func<AttachmentType, StoredFile, Task> record, CancellationToken ct)
    {
        await using var content = file.OpenReadStream();
        if (AttachmentContent.Check(content, file.FileName) is not { } type)
        {
            return ChangeResult.Refused(
                AttachmentContent.Sniff(content) is null ? "Attachments.Errors.Content" : "Attachments.Errors.ExtensionMismatch", field);
        }

        var stored = await store.SaveAsync(content, ct);
        try
        {
            var result = await ChangeResult.OfAsync(() => record(type, stored));
            if (!result.Succeeded)
            {
                store.DeleteUnrecorded(stored.Name);
            }

            return result;
        }
        catch
        {
            store.DeleteUnrecorded(stored.Name);
            throw;
        }
    }
}
