using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using TraffickingCare.Domain.Support;
using TraffickingCare.Web.Data;
using TraffickingCare.Web.Features.Shared.Access;
using TraffickingCare.Web.Features.Shared.Lookups;
using TraffickingCare.Web.Infrastructure.Mvc;
using TraffickingCare.Web.Infrastructure.Time;

namespace TraffickingCare.Web.Features.FieldVisits;

/// <summary>Records a field visit on a case the user works on, or an amendment of one of the case's visits.</summary>
public sealed class RecordVisitHandler(AppDbContext db, CaseAccess access, StaffOrPartnerOptionsQuery people, CentreClock clock)
{
    public async Task<ChangeResult> HandleAsync(Guid caseId, FieldVisitForm form, ClaimsPrincipal user, CancellationToken ct)
    {
        if (!await access.MayEditAsync(user, caseId, ct))
        {
            return ChangeResult.NotFound;
        }

        if (!await people.StaffOfferedForCaseAsync(caseId, VisitParticipants.Recorded(db, caseId), form.Participants, ct))
        {
            return ChangeResult.Refused(StaffOrPartnerOptionsQuery.OffCaseKey, nameof(FieldVisitForm.Participants));
        }

        return await ChangeResult.OfAsync(async () =>
        {
            var details = FieldVisitDetailsOf.Form(form);
            FieldVisit visit;
            if (form.AmendsVisitId is { } amends)
            {
                var amended = await db.FieldVisits.SingleOrDefaultAsync(v => v.Id == amends && v.CaseId == caseId, ct);
                if (amended is null)
                {
                    return ChangeResult.Refused("FieldVisits.Errors.NotFound");
                }

                visit = amended.Amend(details, user.GetUserId(), clock.UtcNow, clock.Today);
            }
            else
            {
                visit = FieldVisit.Record(caseId, details, user.GetUserId(), clock.UtcNow, clock.Today);
            }

            db.FieldVisits.Add(visit);
            await db.SaveChangesAsync(ct);
            return ChangeResult.Done with { Id = visit.Id };
        });
    }
}
