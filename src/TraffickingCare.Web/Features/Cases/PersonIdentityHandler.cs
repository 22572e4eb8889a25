using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using TraffickingCare.Domain.People;
using TraffickingCare.Web.Data;
using TraffickingCare.Web.Data.PersonSearch;
using TraffickingCare.Web.Features.Shared.Access;
using TraffickingCare.Web.Infrastructure.Mvc;
using TraffickingCare.Web.Infrastructure.Time;

namespace TraffickingCare.Web.Features.Cases;

/// <summary>Records or corrects the person's identifying data on a case the user may change.</summary>
public sealed class PersonIdentityHandler(AppDbContext db, CaseAccess access, PersonSearchIndex search)
{
    public async Task<ChangeResult> SaveAsync(Guid caseId, PersonIdentityForm form, ClaimsPrincipal user, CancellationToken ct)
    {
        var file = await access.Editable(user).SingleOrDefaultAsync(c => c.Id == caseId, ct);
        if (file is null)
        {
            return ChangeResult.NotFound;
        }

        var details = new PersonIdentityDetails(
            form.FirstName, form.LastName, form.Alias,
            CentreClock.TryParseDate(form.DateOfBirth, out var dob) ? dob : null,
            form.PersonalIdNumber, form.Phone, form.Address, form.Documents);
        return await ChangeResult.OfAsync(async () =>
        {
            if (file.PersonIdentityId is { } identityId)
            {
                var identity = await db.PersonIdentities.SingleAsync(p => p.Id == identityId, ct);
                db.Entry(identity).Property(p => p.Version).OriginalValue = form.Version;
                identity.Correct(details);
                await search.IndexAsync(identity, ct);
            }
            else
            {
                var identity = PersonIdentity.Record(details);
                db.PersonIdentities.Add(identity);
                file.LinkPerson(identity.Id);
                await search.IndexAsync(identity, ct);
            }

            // A date of birth now known decides the age at the start of exploitation in the statistics.
            file.SettleAge(details.DateOfBirth);

            await db.SaveChangesAsync(ct);
        });
    }
}
