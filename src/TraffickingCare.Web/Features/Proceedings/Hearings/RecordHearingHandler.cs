using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using TraffickingCare.Web.Data;
using TraffickingCare.Web.Infrastructure.Mvc;
using TraffickingCare.Web.Infrastructure.Time;

namespace TraffickingCare.Web.Features.Proceedings.Hearings;

/// <summary>Changes a hearing's plan or records what happened at it, with the version the user saw.</summary>
public sealed class RecordHearingHandler(AppDbContext db, ProceedingScope scope, CentreClock clock)
{
    public async Task<ChangeResult> HandleAsync(Guid hearingId, HearingForm form, ClaimsPrincipal user, CancellationToken ct)
    {
        var hearing = await scope.EditableHearings(user).SingleOrDefaultAsync(h => h.Id == hearingId, ct);
        if (hearing is null)
        {
            return ChangeResult.NotFound;
        }

        db.Entry(hearing).Property(h => h.Version).OriginalValue = form.Version;
        return await ChangeResult.OfAsync(async () =>
        {
            hearing.Record(HearingInput.DetailsOf(form), clock.UtcNow);
            await db.SaveChangesAsync(ct);
        });
    }
}
