using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using TraffickingCare.Domain.Proceedings;
using TraffickingCare.Web.Data;
using TraffickingCare.Web.Features.Shared.Lookups;
using TraffickingCare.Web.Infrastructure.Mvc;
using TraffickingCare.Web.Infrastructure.Time;

namespace TraffickingCare.Web.Features.Proceedings.Hearings;

/// <summary>
/// Schedules a hearing of a proceeding (or records one that took place) on a case the user may change; a caseworker
/// who escorts is on the case's team (<see cref="HearingEscort"/>).
/// </summary>
public sealed class ScheduleHearingHandler(AppDbContext db, ProceedingScope scope, CaseStaffQuery staff, CentreClock clock)
{
    public async Task<ChangeResult> HandleAsync(Guid proceedingId, HearingForm form, ClaimsPrincipal user, CancellationToken ct)
    {
        var proceeding = await scope.Editable(user).AsNoTracking().SingleOrDefaultAsync(p => p.Id == proceedingId, ct);
        if (proceeding is null)
        {
            return ChangeResult.NotFound;
        }

        if (!await HearingEscort.IsOnCaseAsync(staff, proceeding.CaseId, form, null, ct))
        {
            return HearingEscort.OffCase;
        }

        return await ChangeResult.OfAsync(async () =>
        {
            db.Hearings.Add(Hearing.Schedule(proceeding, HearingInput.DetailsOf(form), clock.UtcNow));
            await db.SaveChangesAsync(ct);
        });
    }
}
