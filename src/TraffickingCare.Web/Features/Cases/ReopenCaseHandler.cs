using System.Security.Claims;
using TraffickingCare.Web.Infrastructure.Mvc;

namespace TraffickingCare.Web.Features.Cases;

/// <summary>Reopens a closed case, from the version the user saw.</summary>
public sealed class ReopenCaseHandler(CaseChange change)
{
    public Task<ChangeResult> HandleAsync(Guid caseId, MoveCaseForm form, ClaimsPrincipal user, CancellationToken ct) =>
        change.ApplyAsync(caseId, user, form.Version, file => file.Reopen(), ct);
}
