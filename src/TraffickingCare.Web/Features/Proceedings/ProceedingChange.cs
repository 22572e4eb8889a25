using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using TraffickingCare.Domain.Proceedings;
using TraffickingCare.Web.Data;
using TraffickingCare.Web.Infrastructure.Mvc;

namespace TraffickingCare.Web.Features.Proceedings;

/// <summary>How a proceeding is changed: loaded through its case's access rule, changed, saved with the version the user saw.</summary>
public sealed class ProceedingChange(AppDbContext db, ProceedingScope scope)
{
    public async Task<ChangeResult> ApplyAsync(Guid proceedingId, ClaimsPrincipal user, int seenVersion, Action<Proceeding> change, CancellationToken ct)
    {
        var proceeding = await scope.Editable(user).Include(p => p.Stages).SingleOrDefaultAsync(p => p.Id == proceedingId, ct);
        if (proceeding is null)
        {
            return ChangeResult.NotFound;
        }

        db.Entry(proceeding).Property(p => p.Version).OriginalValue = seenVersion;
        return await ChangeResult.OfAsync(async () =>
        {
            change(proceeding);
            await db.SaveChangesAsync(ct);
        });
    }
}
