using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using TraffickingCare.Web.Data;
using TraffickingCare.Web.Features.Shared.Lookups;
using TraffickingCare.Web.Infrastructure.Mvc;
using TraffickingCare.Web.Infrastructure.Time;

namespace TraffickingCare.Web.Features.Proceedings.Hearings;

/// <summary>
/// Changes a hearing's plan or records what happened at it, with the version the user saw; a caseworker who escorts is
/// on the case's team, or is the escort the hearing already names (<see cref="HearingEscort"/>).
/// </summary>
public sealed class RecordHearingHandler(AppDbContext db, ProceedingScope scope, CaseStaffQuery staff, CentreClock clock)
{
    public async Task<ChangeResult> HandleAsync(Guid hearingId, HearingForm form, ClaimsPrincipal user, CancellationToken ct)
    {
        var hearing = await scope.EditableHearings(user).SingleOrDefaultAsync(h => h.Id == hearingId, ct);
        if (hearing is null)
        {
            return ChangeResult.NotFound;
        }

        var caseId = await db.Proceedings.Where(p => p.Id == hearing.ProceedingId).Select(p => p.CaseId).SingleAsync(ct);
        if (!await HearingEscort.IsOnCaseAsync(staff, caseId, form, db.Hearings.Where(h => h.Id == hearingId).Select(h => h.EscortUserId), ct))
        {
            return HearingEscort.OffCase;
        }

        db.Entry(hearing).Property(h => h.Version).OriginalValue = form.Version;
        return await ChangeResult.OfAsync(async () =>
        {
            hearing.Record(HearingInput.DetailsOf(form), clock.UtcNow);
            await db.SaveChangesAsync(ct);
        });
    }
}
