using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using TraffickingCare.Web.Data;
using TraffickingCare.Web.Features.Shared.Access;

namespace TraffickingCare.Web.Features.Cases.CasePerson;

/// <summary>The person's page of a case the user may change (its team, and the coordinator); none for anyone else.</summary>
public sealed class CasePersonQuery(AppDbContext db, CaseAccess access)
{
    public async Task<CasePersonPage?> PageAsync(Guid caseId, ClaimsPrincipal user, CancellationToken ct)
    {
        var file = await access.Editable(user).AsNoTracking().Where(c => c.Id == caseId)
            .Select(c => new { c.Id, c.Code, c.PersonIdentityId })
            .SingleOrDefaultAsync(ct);
        if (file is null)
        {
            return null;
        }

        var person = file.PersonIdentityId is { } personId
            ? await db.PersonIdentities.AsNoTracking().SingleOrDefaultAsync(p => p.Id == personId, ct)
            : null;
        return new CasePersonPage(file.Id, file.Code, PersonIdentityForm.Of(person));
    }
}
