using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using TraffickingCare.Web.Data;
using TraffickingCare.Web.Features.Shared.Access;
using TraffickingCare.Web.Infrastructure.Mvc;
using TraffickingCare.Web.Infrastructure.Time;

namespace TraffickingCare.Web.Features.Attachments;

/// <summary>Removes an attachment from the case's list: the row is marked deleted (audited), the encrypted file stays on disk.</summary>
public sealed class RemoveAttachmentHandler(AppDbContext db, CaseAccess access, CentreClock clock)
{
    public async Task<ChangeResult> HandleAsync(Guid caseId, Guid attachmentId, ClaimsPrincipal user, CancellationToken ct)
    {
        var editable = access.Editable(user);
        var attachment = await db.CaseAttachments
            .SingleOrDefaultAsync(a => a.Id == attachmentId && a.CaseId == caseId && editable.Any(c => c.Id == a.CaseId), ct);
        if (attachment is null)
        {
            return ChangeResult.NotFound;
        }

        return await ChangeResult.OfAsync(async () =>
        {
            attachment.SoftDelete(user.GetUserId(), clock.UtcNow);
            await db.SaveChangesAsync(ct);
        });
    }
}
