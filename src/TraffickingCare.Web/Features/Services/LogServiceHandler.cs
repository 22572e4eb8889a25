using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using TraffickingCare.Domain.Support;
using TraffickingCare.Web.Data;
using TraffickingCare.Web.Features.Shared.Access;
using TraffickingCare.Web.Features.Shared.Lookups;
using TraffickingCare.Web.Infrastructure.Mvc;
using TraffickingCare.Web.Infrastructure.Time;

namespace TraffickingCare.Web.Features.Services;

/// <summary>Logs a service on a case the user works on, or an amendment of one of the case's services.</summary>
public sealed class LogServiceHandler(AppDbContext db, CaseAccess access, StaffOrPartnerOptionsQuery givers, CentreClock clock)
{
    public async Task<ChangeResult> HandleAsync(Guid caseId, ServiceForm form, ClaimsPrincipal user, CancellationToken ct)
    {
        if (!await access.MayEditAsync(user, caseId, ct))
        {
            return ChangeResult.NotFound;
        }

        if (!await givers.StaffOfferedForCaseAsync(caseId, ServiceGivers.Recorded(db, caseId), [form.GivenBy], ct))
        {
            return ChangeResult.Refused(StaffOrPartnerOptionsQuery.OffCaseKey, nameof(ServiceForm.GivenBy));
        }

        return await ChangeResult.OfAsync(async () =>
        {
            var details = ServiceDetailsOf.Form(form);
            CaseService service;
            if (form.AmendsServiceId is { } amends)
            {
                var amended = await db.CaseServices.SingleOrDefaultAsync(s => s.Id == amends && s.CaseId == caseId, ct);
                if (amended is null)
                {
                    return ChangeResult.Refused("Services.Errors.NotFound");
                }

                service = amended.Amend(details, user.GetUserId(), clock.UtcNow, clock.Today);
            }
            else
            {
                service = CaseService.Log(caseId, details, user.GetUserId(), clock.UtcNow, clock.Today);
            }

            db.CaseServices.Add(service);
            await db.SaveChangesAsync(ct);
            return ChangeResult.Done with { Id = service.Id };
        });
    }
}
