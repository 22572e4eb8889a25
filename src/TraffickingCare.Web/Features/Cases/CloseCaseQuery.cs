using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using TraffickingCare.Web.Features.Shared.Access;
using TraffickingCare.Web.Features.Shared.Lookups;

namespace TraffickingCare.Web.Features.Cases;

/// <summary>The closing page of a case the user may change (its team, and the coordinator); none for anyone else.</summary>
public sealed class CloseCaseQuery(CaseAccess access, CodeListOptionsQuery options)
{
    public async Task<CloseCasePage?> PageAsync(Guid caseId, ClaimsPrincipal user, CancellationToken ct)
    {
        var file = await access.Editable(user).AsNoTracking().Where(c => c.Id == caseId)
            .Select(c => new { c.Id, c.Code, c.Version, c.Status })
            .SingleOrDefaultAsync(ct);
        return file is null
            ? null
            : new CloseCasePage(file.Id, file.Code, file.Status, await options.GetAsync(CloseCaseFormValidator.ClosureReasons, null, ct), new CloseCaseForm { Version = file.Version });
    }
}
