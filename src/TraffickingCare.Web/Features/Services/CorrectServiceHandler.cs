using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using TraffickingCare.Web.Data;
using TraffickingCare.Web.Features.Shared.Access;
using TraffickingCare.Web.Features.Shared.Lookups;
using TraffickingCare.Web.Infrastructure.Mvc;
using TraffickingCare.Web.Infrastructure.Time;

namespace TraffickingCare.Web.Features.Services;

/// <summary>Its author corrects a service in its first 24 hours, from the version the page showed; after that the domain refuses.</summary>
public sealed class CorrectServiceHandler(AppDbContext db, CaseAccess access, StaffOrPartnerOptionsQuery givers, CentreClock clock)
{
    public async Task<ChangeResult> HandleAsync(Guid caseId, Guid serviceId, ServiceForm form, ClaimsPrincipal user, CancellationToken ct)
    {
        var service = await db.CaseServices
            .Where(s => s.Id == serviceId && s.CaseId == caseId && access.Editable(user).Any(c => c.Id == caseId))
            .SingleOrDefaultAsync(ct);
        if (service is null)
        {
            return ChangeResult.NotFound;
        }

        if (!await givers.StaffOfferedForCaseAsync(caseId, ServiceGivers.Recorded(db, caseId), [form.GivenBy], ct))
        {
            return ChangeResult.Refused(StaffOrPartnerOptionsQuery.OffCaseKey, nameof(ServiceForm.GivenBy));
        }

        db.Entry(service).Property(s => s.Version).OriginalValue = form.Version;
        return await ChangeResult.OfAsync(async () =>
        {
            service.Correct(ServiceDetailsOf.Form(form), user.GetUserId(), clock.UtcNow, clock.Today);
            await db.SaveChangesAsync(ct);
        });
    }
}
