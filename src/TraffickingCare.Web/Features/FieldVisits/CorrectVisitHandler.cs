using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using TraffickingCare.Web.Data;
using TraffickingCare.Web.Features.Shared.Access;
using TraffickingCare.Web.Features.Shared.Lookups;
using TraffickingCare.Web.Infrastructure.Mvc;
using TraffickingCare.Web.Infrastructure.Time;

namespace TraffickingCare.Web.Features.FieldVisits;

/// <summary>Its author corrects a visit (participants included) in its first 24 hours, from the version the page showed.</summary>
public sealed class CorrectVisitHandler(AppDbContext db, CaseAccess access, StaffOrPartnerOptionsQuery people, CentreClock clock)
{
    public async Task<ChangeResult> HandleAsync(Guid caseId, Guid visitId, FieldVisitForm form, ClaimsPrincipal user, CancellationToken ct)
    {
        var visit = await db.FieldVisits.Include(v => v.Participants)
            .Where(v => v.Id == visitId && v.CaseId == caseId && access.Editable(user).Any(c => c.Id == caseId))
            .SingleOrDefaultAsync(ct);
        if (visit is null)
        {
            return ChangeResult.NotFound;
        }

        if (!await people.StaffOfferedForCaseAsync(caseId, VisitParticipants.Recorded(db, caseId), form.Participants, ct))
        {
            return ChangeResult.Refused(StaffOrPartnerOptionsQuery.OffCaseKey, nameof(FieldVisitForm.Participants));
        }

        db.Entry(visit).Property(v => v.Version).OriginalValue = form.Version;
        return await ChangeResult.OfAsync(async () =>
        {
            visit.Correct(FieldVisitDetailsOf.Form(form), user.GetUserId(), clock.UtcNow, clock.Today);
            await db.SaveChangesAsync(ct);
        });
    }
}
