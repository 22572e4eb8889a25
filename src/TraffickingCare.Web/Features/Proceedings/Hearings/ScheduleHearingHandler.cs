using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using TraffickingCare.Domain.Proceedings;
using TraffickingCare.Web.Data;
using TraffickingCare.Web.Infrastructure.Mvc;
using TraffickingCare.Web.Infrastructure.Time;

namespace TraffickingCare.Web.Features.Proceedings.Hearings;

/// <summary>Schedules a hearing of a proceeding (or records one that took place) on a case the user may change.</summary>
public sealed class ScheduleHearingHandler(AppDbContext db, ProceedingScope scope, CentreClock clock)
{
    public async Task<ChangeResult> HandleAsync(Guid proceedingId, HearingForm form, ClaimsPrincipal user, CancellationToken ct)
    {
        var proceeding = await scope.Editable(user).AsNoTracking().SingleOrDefaultAsync(p => p.Id == proceedingId, ct);
        if (proceeding is null)
        {
            return ChangeResult.NotFound;
        }

        return await ChangeResult.OfAsync(async () =>
        {
            db.Hearings.Add(Hearing.Schedule(proceeding, HearingInput.DetailsOf(form), clock.UtcNow));
            await db.SaveChangesAsync(ct);
        });
    }
}
