using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using TraffickingCare.Domain.Conferences;
using TraffickingCare.Web.Data;
using TraffickingCare.Web.Features.Shared.Access;
using TraffickingCare.Web.Features.Shared.Lookups;
using TraffickingCare.Web.Infrastructure.Mvc;
using TraffickingCare.Web.Infrastructure.Time;
using TraffickingCare.Web.Resources;

namespace TraffickingCare.Web.Features.Conferences;

/// <summary>
/// Schedules a conference on a case the user may change. When the case has open action items from earlier
/// conferences, their review is the first agenda item.
/// </summary>
public sealed class ScheduleConferenceHandler(AppDbContext db, CaseAccess cases, ConferenceOptionsQuery options, CaseStaffQuery caseStaff, CentreClock clock, IStringLocalizer<SharedResource> l)
{
    public const string ActorsField = nameof(ConferenceForm.Actors);

    public const string StaffField = nameof(ConferenceForm.Staff);

    /// <summary>The chair and the invited staff must be able to open the conference: the case's team or a coordinator.</summary>
    public static Task<bool> StaffSeeTheCaseAsync(CaseStaffQuery caseStaff, Guid caseId, ConferencePlan plan, CancellationToken ct) =>
        caseStaff.AllAsync(caseId, plan.Participants.Select(p => p.UserId).OfType<string>().Append(plan.ChairId), ct);

    public async Task<ChangeResult> HandleAsync(Guid caseId, ConferenceForm form, ClaimsPrincipal user, CancellationToken ct)
    {
        if (!await cases.MayEditAsync(user, caseId, ct))
        {
            return ChangeResult.NotFound;
        }

        var plan = ConferenceInput.PlanOf(form, await options.ActorsAsync(caseId, null, ct));
        if (plan is null)
        {
            return ChangeResult.Refused("Conferences.ActorUnknown", ActorsField);
        }

        if (!await StaffSeeTheCaseAsync(caseStaff, caseId, plan, ct))
        {
            return ChangeResult.Refused("Conferences.StaffOffTeam", StaffField);
        }

        var open = await OpenActionItems.OfCase(db, caseId).AnyAsync(ct);
        return await ChangeResult.OfAsync(async () =>
        {
            var conference = CaseConference.Schedule(caseId, plan, clock.UtcNow, open ? l["Conferences.OpenItemsReview"].Value : null);
            db.CaseConferences.Add(conference);
            await db.SaveChangesAsync(ct);
            return ChangeResult.Done with { Id = conference.Id };
        });
    }
}
