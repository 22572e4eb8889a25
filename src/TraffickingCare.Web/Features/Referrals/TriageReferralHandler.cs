using Microsoft.EntityFrameworkCore;
using TraffickingCare.Domain.Cases;
using TraffickingCare.Domain.People;
using TraffickingCare.Domain.Referrals;
using TraffickingCare.Web.Data;
using TraffickingCare.Web.Data.PersonSearch;
using TraffickingCare.Web.Features.Shared.Access;
using TraffickingCare.Web.Infrastructure.Mvc;
using TraffickingCare.Web.Infrastructure.Time;

namespace TraffickingCare.Web.Features.Referrals;

/// <summary>
/// Assigns and triages referrals. Both carry the version the coordinator saw, so two coordinators
/// triaging the same referral cannot both succeed: the second is told, and nothing of theirs is applied.
/// </summary>
public sealed class TriageReferralHandler(AppDbContext db, CaseNumbering numbering, PersonSearchIndex personSearch, CentreClock clock)
{
    public async Task<ChangeResult> AssignAsync(Guid id, AssignReferralForm form, CancellationToken ct)
    {
        var referral = await db.Referrals.SingleOrDefaultAsync(r => r.Id == id, ct);
        if (referral is null)
        {
            return ChangeResult.NotFound;
        }

        return await SaveAsync(referral, form.Version, () => referral.AssignTo(form.AssigneeId!), ct);
    }

    public async Task<ChangeResult> TriageAsync(Guid id, TriageReferralForm form, string userId, CancellationToken ct)
    {
        var referral = await db.Referrals.SingleOrDefaultAsync(r => r.Id == id, ct);
        if (referral is null)
        {
            return ChangeResult.NotFound;
        }

        var now = clock.UtcNow;
        switch (form.Outcome)
        {
            case TriageOutcome.OpenCase:
                var person = await RecordReferredPersonAsync(referral.Person, ct);
                var file = CaseFile.Open(await numbering.NextCodeAsync(numbering.CurrentYear(), ct), form.LeadCaseworkerId!, now, referral.Id, person?.Id, referral.ReceivedAtUtc);
                db.Cases.Add(file);
                return await SaveAsync(referral, form.Version, () => referral.OpenAsCase(file.Id, userId, now), ct, file);
            case TriageOutcome.Duplicate:
                CaseCode.TryParse(form.ExistingCaseCode, out var code);
                var existing = await db.Cases.Where(c => c.Code == code!.Value).Select(c => c.Id).SingleAsync(ct);
                return await SaveAsync(referral, form.Version, () => referral.MarkDuplicateOf(existing, userId, now), ct);
            case TriageOutcome.NotTrafficking:
                return await SaveAsync(referral, form.Version, () => referral.ForwardAsNotTrafficking(form.ForwardedTo!, userId, now), ct);
            default:
                return await SaveAsync(referral, form.Version, () => referral.Reject(form.Reason!, userId, now), ct);
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

    private async Task<ChangeResult> SaveAsync(Referral referral, int seenVersion, Action change, CancellationToken ct, CaseFile? newCase = null)
    {
        db.Entry(referral).Property(r => r.Version).OriginalValue = seenVersion;
        return await ChangeResult.OfAsync(async () =>
        {
            change();
            if (newCase is null)
            {
                await db.SaveChangesAsync(ct);
            }
            else
            {
                await numbering.SaveNewAsync(newCase, ct);
            }
        });
    }
}
