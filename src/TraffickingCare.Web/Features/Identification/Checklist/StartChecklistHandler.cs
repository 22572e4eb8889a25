using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using TraffickingCare.Domain.Identification;
using TraffickingCare.Web.Data;
using TraffickingCare.Web.Features.Shared.Access;
using TraffickingCare.Web.Infrastructure.Mvc;

namespace TraffickingCare.Web.Features.Identification.Checklist;

/// <summary>Starts the preliminary identification of a case the user may change.</summary>
public sealed class StartChecklistHandler(AppDbContext db, CaseAccess access, IndicatorLabels labels)
{
    /// <summary>Starts the checklist with the current indicator set (once per case; a second start finds the first).</summary>
    public async Task<ChangeResult> HandleAsync(Guid caseId, ClaimsPrincipal user, CancellationToken ct)
    {
        if (!await access.MayEditAsync(user, caseId, ct))
        {
            return ChangeResult.NotFound;
        }

        if (await db.PreliminaryChecklists.AnyAsync(c => c.CaseId == caseId, ct))
        {
            return ChangeResult.Done;
        }

        var version = await labels.CurrentSetVersionAsync(ct);
        var indicators = await db.IdentificationIndicators.Where(i => i.SetVersion <= version).ToListAsync(ct);
        return await ChangeResult.OfAsync(async () =>
        {
            db.PreliminaryChecklists.Add(PreliminaryChecklist.Start(caseId, version, indicators));
            await db.SaveChangesAsync(ct);
        });
    }
}
