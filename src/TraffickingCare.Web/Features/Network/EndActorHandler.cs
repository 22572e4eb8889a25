using System.Security.Claims;
using TraffickingCare.Web.Infrastructure.Mvc;
using TraffickingCare.Web.Infrastructure.Time;

namespace TraffickingCare.Web.Features.Network;

/// <summary>Ends an actor's part in the network on a day; the actor stays on record and leaves the ecomap.</summary>
public sealed class EndActorHandler(NetworkChange change, CentreClock clock)
{
    public Task<ChangeResult> HandleAsync(Guid caseId, Guid actorId, ActorDayForm form, ClaimsPrincipal user, CancellationToken ct) =>
        change.ApplyAsync(caseId, actorId, user, form.Version, actor =>
        {
            actor.End(ActorDates.Required(form.On), clock.Today);
            return Task.FromResult<ChangeResult?>(null);
        }, ct);
}
