using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using TraffickingCare.Web.Data;
using TraffickingCare.Web.Features.Shared.Access;
using TraffickingCare.Web.Infrastructure.Mvc;

namespace TraffickingCare.Web.Features.Identification.Findings.FindingsReview;

/// <summary>The coordinator returns submitted findings to the team as a draft, with the reason the team reads.</summary>
public sealed class ReturnFindingsHandler(AppDbContext db, CaseAccess access)
{
    public async Task<ChangeResult> HandleAsync(Guid findingsId, ReturnFindingsForm form, ClaimsPrincipal user, CancellationToken ct)
    {
        var findings = await db.Findings.SingleOrDefaultAsync(f => f.Id == findingsId, ct);
        if (findings is null || !await access.MayEditAsync(user, findings.CaseId, ct))
        {
            return ChangeResult.NotFound;
        }

        db.Entry(findings).Property(f => f.Version).OriginalValue = form.Version;
        return await ChangeResult.OfAsync(async () =>
        {
            findings.ReturnToDraft(form.Reason ?? string.Empty);
            await db.SaveChangesAsync(ct);
        });
    }
}
