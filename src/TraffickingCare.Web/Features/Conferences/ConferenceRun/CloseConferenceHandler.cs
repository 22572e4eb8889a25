using System.Security.Claims;
using TraffickingCare.Web.Infrastructure.Mvc;
using TraffickingCare.Web.Infrastructure.Time;

namespace TraffickingCare.Web.Features.Conferences.ConferenceRun;

/// <summary>Saves the run page as it stands and closes the conference in the same save, which locks the minutes.</summary>
public sealed class CloseConferenceHandler(RecordConferenceHandler record, CentreClock clock)
{
    public Task<ChangeResult> HandleAsync(Guid conferenceId, ConferenceRunForm form, ClaimsPrincipal user, CancellationToken ct) =>
        record.HandleAsync(conferenceId, form, user, ct, then: c => c.Close(user.GetUserId(), clock.UtcNow));
}
