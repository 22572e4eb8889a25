using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using TraffickingCare.Domain.Cases;
using TraffickingCare.Domain.People;
using TraffickingCare.Domain.Referrals;
using TraffickingCare.Web.Data;
using TraffickingCare.Web.Data.PersonSearch;
using TraffickingCare.Web.Features.Shared.Access;
using TraffickingCare.Web.Infrastructure.Mvc;
using TraffickingCare.Web.Infrastructure.Time;

namespace TraffickingCare.Web.Features.Referrals.Triage;

/// <summary>
/// Decides a referral's outcome. The decision carries the version the coordinator saw, so two coordinators
/// triaging the same referral cannot both succeed: the second is told, and nothing of theirs is applied.
/// </summary>
public sealed class TriageReferralHandler(AppDbContext db, ReferralAccess access, CaseNumbering numbering, PersonSearchIndex personSearch, CentreClock clock)
{
    public async Task<ChangeResult> HandleAsync(Guid referralId, TriageReferralForm form, ClaimsPrincipal user, CancellationToken ct)
    {
        var referral = await access.ForChangeAsync(referralId, form.Version, user, ct);
        if (referral is null)
        {
            return ChangeResult.NotFound;
        }

        var userId = user.GetUserId();
        var now = clock.UtcNow;
        switch (form.Outcome)
        {
            case TriageOutcome.OpenCase:
                var person = await RecordReferredPersonAsync(referral.Person, ct);
                var file = CaseFile.Open(await numbering.NextCodeAsync(numbering.CurrentYear(), ct), form.LeadCaseworkerId!, now, referral.Id, person?.Id, referral.ReceivedAtUtc);
                db.Cases.Add(file);
                return await ChangeResult.OfAsync(async () =>
                {
                    referral.OpenAsCase(file.Id, userId, now);
                    await numbering.SaveNewAsync(file, ct);
                });
            case TriageOutcome.Duplicate:
                CaseCode.TryParse(form.ExistingCaseCode, out var code);
                var existing = await db.Cases.Where(c => c.Code == code!.Value).Select(c => c.Id).SingleAsync(ct);
                return await SaveAsync(() => referral.MarkDuplicateOf(existing, userId, now), ct);
            case TriageOutcome.NotTrafficking:
                return await SaveAsync(() => referral.ForwardAsNotTrafficking(form.ForwardedTo!, userId, now), ct);
            default:
                return await SaveAsync(() => referral.Reject(form.Reason!, userId, now), ct);
        }
    }

    /// <summary>
    /// What the referral knew of the person starts the new case's identity record (the name as the
    /// alias, until the caseworker learns more), so the next referral of the same person finds this case.
    /// </summary>
    private async Task<PersonIdentity?> RecordReferredPersonAsync(ReferredPerson referred, CancellationToken ct)
    {
        if (referred.NameOrAlias is null && referred.DateOfBirth is null)
        {
            return null;
        }

        var identity = PersonIdentity.Record(new PersonIdentityDetails(null, null, referred.NameOrAlias, referred.DateOfBirth));
        db.PersonIdentities.Add(identity);
        await personSearch.IndexAsync(identity, ct);
        return identity;
    }

    private Task<ChangeResult> SaveAsync(Action change, CancellationToken ct) =>
        ChangeResult.OfAsync(async () =>
        {
            change();
            await db.SaveChangesAsync(ct);
        });
}
