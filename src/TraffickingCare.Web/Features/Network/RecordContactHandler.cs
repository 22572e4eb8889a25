using System.Security.Claims;
using TraffickingCare.Web.Infrastructure.Mvc;
using TraffickingCare.Web.Infrastructure.Time;

namespace TraffickingCare.Web.Features.Network;

/// <summary>Records by hand a contact with an actor (a call, a meeting no service or visit recorded).</summary>
public sealed class RecordContactHandler(NetworkChange change, CentreClock clock)
{
    public Task<ChangeResult> HandleAsync(Guid caseId, Guid actorId, ActorDayForm form, ClaimsPrincipal user, CancellationToken ct) =>
        change.ApplyAsync(caseId, actorId, user, form.Version, actor =>
        {
            actor.RecordContact(ActorDates.Required(form.On), clock.Today);
            return Task.FromResult<ChangeResult?>(null);
        }, ct);
}
