using System.Security.Claims;
using TraffickingCare.Web.Data;
using TraffickingCare.Web.Features.Shared.Access;
using TraffickingCare.Web.Infrastructure.Mvc;

namespace TraffickingCare.Web.Features.Identification.Evidence;

/// <summary>Adds a piece of evidence (an interview, a source) to a case, only when the user may change the case.</summary>
public sealed class CaseEvidence(AppDbContext db, CaseAccess access)
{
    public async Task<ChangeResult> AddAsync(Guid caseId, ClaimsPrincipal user, Action<AppDbContext> add, CancellationToken ct)
    {
        if (!await access.MayEditAsync(user, caseId, ct))
        {
            return ChangeResult.NotFound;
        }

        return await ChangeResult.OfAsync(async () =>
        {
            add(db);
            await db.SaveChangesAsync(ct);
        });
    }
}
