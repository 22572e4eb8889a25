using System.Security.Claims;
using TraffickingCare.Domain.Common;
using TraffickingCare.Web.Infrastructure.Mvc;
using TraffickingCare.Web.Infrastructure.Time;

namespace TraffickingCare.Web.Features.Cases;

/// <summary>Moves a case to its next status, from the version the user saw.</summary>
public sealed class MoveCaseHandler(CaseChange change, CentreClock clock)
{
    public Task<ChangeResult> HandleAsync(Guid caseId, MoveCaseForm form, ClaimsPrincipal user, CancellationToken ct) =>
        change.ApplyAsync(caseId, user, form.Version, file => file.MoveTo(form.Status ?? throw new DomainException("Cases.Errors.InvalidTransition"), clock.Today), ct);
}
