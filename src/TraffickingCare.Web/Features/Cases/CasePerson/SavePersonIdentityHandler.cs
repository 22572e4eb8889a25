using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using TraffickingCare.Domain.People;
using TraffickingCare.Web.Data;
using TraffickingCare.Web.Data.PersonSearch;
using TraffickingCare.Web.Infrastructure.Mvc;
using TraffickingCare.Web.Infrastructure.Time;

namespace TraffickingCare.Web.Features.Cases.CasePerson;

/// <summary>Records or corrects the person's identifying data on a case the user may change.</summary>
public sealed class SavePersonIdentityHandler(AppDbContext db, CaseChange change, PersonSearchIndex search)
{
    public Task<ChangeResult> HandleAsync(Guid caseId, PersonIdentityForm form, ClaimsPrincipal user, CancellationToken ct)
    {
        var details = new PersonIdentityDetails(
            form.FirstName, form.LastName, form.Alias,
            CentreClock.TryParseDate(form.DateOfBirth, out var dob) ? dob : null,
            form.PersonalIdNumber, form.Phone, form.Address, form.Documents);

        // The identity record carries its own version; the case's does not compete with it.
        return change.ApplyAsync(caseId, user, seenVersion: null, async file =>
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
        }, ct);
    }
}
