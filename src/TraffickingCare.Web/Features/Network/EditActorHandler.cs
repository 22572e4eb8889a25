using System.Security.Claims;
using TraffickingCare.Web.Infrastructure.Mvc;
using TraffickingCare.Web.Infrastructure.Time;

namespace TraffickingCare.Web.Features.Network;

/// <summary>Corrects an actor (institution, contact person, sector, role, the contact entered by hand), from the version the user saw.</summary>
public sealed class EditActorHandler(NetworkChange change, CentreClock clock)
{
    public Task<ChangeResult> HandleAsync(Guid caseId, Guid actorId, ActorForm form, ClaimsPrincipal user, CancellationToken ct) =>
        change.ApplyAsync(caseId, actorId, user, form.Version, async actor =>
        {
            var (refusal, sector) = await change.CheckAsync(form, actor.PartnerId, ct);
            if (refusal is null)
            {
                actor.Describe(form.PartnerId, form.PartnerContactId, sector, form.RoleCode!, ActorDates.Optional(form.LastContactOn), clock.Today);
            }

            return refusal;
        }, ct);
}
