using System.Security.Claims;
using TraffickingCare.Domain.Support;
using TraffickingCare.Web.Infrastructure.Mvc;
using TraffickingCare.Web.Infrastructure.Time;

namespace TraffickingCare.Web.Features.Network;

/// <summary>Adds an actor to a case's network.</summary>
public sealed class AddActorHandler(NetworkChange change, CentreClock clock)
{
    public Task<ChangeResult> HandleAsync(Guid caseId, ActorForm form, ClaimsPrincipal user, CancellationToken ct) =>
        change.AddAsync(caseId, user, form, sector =>
            NetworkActor.Add(caseId, form.PartnerId, form.PartnerContactId, sector, form.RoleCode!, ActorDates.Optional(form.LastContactOn), clock.Today), ct);
}
