using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using TraffickingCare.Domain.Attachments;
using TraffickingCare.Web.Data;
using TraffickingCare.Web.Features.Shared.Access;
using TraffickingCare.Web.Infrastructure.Mvc;
using TraffickingCare.Web.Infrastructure.Storage;
using TraffickingCare.Web.Infrastructure.Time;

namespace TraffickingCare.Web.Features.Attachments;

/// <summary>
/// Keeps an uploaded file with a case: the case must be the user's to change; the content must be an accepted
/// type and the one its name claims; then the file is encrypted into the attachments folder and its row saved
/// (audited as created, its name and description only as "changed"). A file whose row is not saved is removed again.
/// </summary>
public sealed class UploadAttachmentHandler(AppDbContext db, CaseAccess access, AttachmentStore store, CentreClock clock)
{
    public async Task<ChangeResult> HandleAsync(Guid caseId, UploadAttachmentForm form, ClaimsPrincipal user, CancellationToken ct)
    {
        if (!await access.Editable(user).AnyAsync(c => c.Id == caseId, ct))
        {
            return ChangeResult.NotFound;
        }

        var file = form.File!;
        await using var content = file.OpenReadStream();
        if (AttachmentContent.Check(content, file.FileName) is not { } type)
        {
            return ChangeResult.Refused(
                AttachmentContent.Sniff(content) is null ? "Attachments.Errors.Content" : "Attachments.Errors.ExtensionMismatch",
                nameof(UploadAttachmentForm.File));
        }

        var stored = await store.SaveAsync(content, ct);
        try
        {
            var result = await ChangeResult.OfAsync(async () =>
            {
                db.CaseAttachments.Add(CaseAttachment.Upload(
                    caseId, file.FileName, form.Category!.Value, form.Description, type, stored.Length, stored.Name, stored.WrappedKey, user.GetUserId(), clock.UtcNow));
                await db.SaveChangesAsync(ct);
            });
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
