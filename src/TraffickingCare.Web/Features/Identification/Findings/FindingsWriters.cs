using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using TraffickingCare.Web.Features.Shared.Access;
using TraffickingCare.Web.Infrastructure.Mvc;

namespace TraffickingCare.Web.Features.Identification.Findings;

/// <summary>Who writes a case's findings and opinion: its team only.</summary>
public sealed class FindingsWriters(CaseAccess access)
{
    /// <summary>
    /// Null when the user may write in the case's findings: out of reach is not found, and a coordinator
    /// outside the case's team is refused (they review and approve; whoever writes in it cannot approve it).
    /// </summary>
    public async Task<ChangeResult?> RefusedAsync(Guid caseId, ClaimsPrincipal user, CancellationToken ct) =>
        !await access.MayEditAsync(user, caseId, ct) ? ChangeResult.NotFound
        : !await access.OnTeam(user).AnyAsync(c => c.Id == caseId, ct) ? ChangeResult.Refused("Identification.Errors.TeamWritesFindings")
        : null;
}
