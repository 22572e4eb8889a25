using System.Security.Claims;
using TraffickingCare.Domain.Attachments;
using TraffickingCare.Web.Data;
using TraffickingCare.Web.Features.Shared.Access;
using TraffickingCare.Web.Features.Shared.Uploads;
using TraffickingCare.Web.Infrastructure.Mvc;
using TraffickingCare.Web.Infrastructure.Time;

namespace TraffickingCare.Web.Features.Attachments;

/// <summary>
/// Keeps an uploaded file with a case: the case must be the user's to change; then the file is kept as every upload
/// is (<see cref="UploadedFiles"/>) and its row saved (audited as created, its name and description only as "changed").
/// </summary>
public sealed class UploadAttachmentHandler(AppDbContext db, CaseAccess access, UploadedFiles uploads, CentreClock clock)
{
    public async Task<ChangeResult> HandleAsync(Guid caseId, UploadAttachmentForm form, ClaimsPrincipal user, CancellationToken ct)
    {
        if (!await access.MayEditAsync(user, caseId, ct))
        {
            return ChangeResult.NotFound;
        }

        var file = form.File!;
        return await uploads.KeepAsync(file, nameof(UploadAttachmentForm.File), async (type, stored) =>
        {
            db.CaseAttachments.Add(CaseAttachment.Upload(
                caseId, file.FileName, form.Category!.Value, form.Description, type, stored.Length, stored.Name, stored.WrappedKey, user.GetUserId(), clock.UtcNow));
            await db.SaveChangesAsync(ct);
        }, ct);
    }
}
