using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using TraffickingCare.Web.Data;
using TraffickingCare.Web.Features.Shared.Lookups;
using TraffickingCare.Web.Infrastructure.Mvc;
using TraffickingCare.Web.Infrastructure.Time;

namespace TraffickingCare.Web.Features.Conferences;

/// <summary>Changes the plan of a conference not yet held, with the version the user saw.</summary>
public sealed class RescheduleConferenceHandler(AppDbContext db, ConferenceAccess access, ConferenceOptionsQuery options, CaseStaffQuery caseStaff, CentreClock clock)
{
    public async Task<ChangeResult> HandleAsync(Guid conferenceId, ConferenceForm form, ClaimsPrincipal user, CancellationToken ct)
    {
        var conference = await access.Runnable(user)
            .Include(c => c.Participants).Include(c => c.Agenda)
            .AsSplitQuery()
            .SingleOrDefaultAsync(c => c.Id == conferenceId, ct);
        if (conference is null)
        {
            return ChangeResult.NotFound;
        }

        var plan = ConferenceInput.PlanOf(form, await options.ActorsAsync(conference.CaseId, conferenceId, ct));
        if (plan is null)
        {
            return ChangeResult.Refused("Conferences.ActorUnknown", ScheduleConferenceHandler.ActorsField);
        }

        if (!await ScheduleConferenceHandler.StaffSeeTheCaseAsync(caseStaff, conference.CaseId, plan, ct))
        {
            return ChangeResult.Refused("Conferences.StaffOffTeam", ScheduleConferenceHandler.StaffField);
        }

        db.Entry(conference).Property(c => c.Version).OriginalValue = form.Version;
        return await ChangeResult.OfAsync(async () =>
        {
            conference.Reschedule(plan, clock.UtcNow);
            await db.SaveChangesAsync(ct);
        });
    }
}
