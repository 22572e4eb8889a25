using System.Security.Claims;
using TraffickingCare.Web.Infrastructure.Mvc;
using TraffickingCare.Web.Infrastructure.Time;

namespace TraffickingCare.Web.Features.Cases;

/// <summary>Closes a case with a reason and, if agreed, a follow-up date.</summary>
public sealed class CloseCaseHandler(CaseChange change, CentreClock clock)
{
    public Task<ChangeResult> HandleAsync(Guid caseId, CloseCaseForm form, ClaimsPrincipal user, CancellationToken ct) =>
        change.ApplyAsync(caseId, user, form.Version, file =>
            file.Close(form.ClosureReasonCode!, CentreClock.TryParseDate(form.FollowUpOn, out var d) ? d : null, clock.UtcNow), ct);
}
