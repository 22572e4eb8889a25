using Microsoft.EntityFrameworkCore;
using TraffickingCare.Domain.Cases;
using TraffickingCare.Domain.Identification;
using TraffickingCare.Domain.Referrals;
using TraffickingCare.Domain.Support;
using TraffickingCare.IntegrationTests.Features.Decisions;
using TraffickingCare.IntegrationTests.Infrastructure;
using TraffickingCare.Web.Infrastructure.Time;

namespace TraffickingCare.IntegrationTests.Features.Reports.Annual;

/// <summary>Referrals and the cases they became, arranged through the domain as the screens would, for hand-computed reports.</summary>
internal sealed class ReportArrange(AppFactory factory)
{
    private static int sequence = 5000;
    private readonly DecisionArrange decisions = new(factory);

    /// <summary>A referral received at a local day and time; triaged as <paramref name="triage"/> unless it opens a case.</summary>
    public async Task<Referral> ReferralAsync(
        DateOnly day, TimeOnly at, string sector, ReferralStatus triage = ReferralStatus.AwaitingTriage, Guid? duplicateOf = null, string? municipality = null)
    {
        await LoadUsersAsync();
        var received = CentreClock.ToUtc(day, at);
        return await factory.WithDbAsync(async db =>
        {
            var referral = Referral.Log(
                new ReferralReceipt(received, "Phone", sector, null, null, municipality, ReferredPerson.Unknown, null, UrgencyIndicators.None),
                ResponseTargets.Default, decisions.Users["radnik"], received);
            var coordinator = decisions.Users["koordinator"];
            switch (triage)
            {
                case ReferralStatus.Rejected:
                    referral.Reject("Van nadležnosti", coordinator, received.AddHours(1));
                    break;
                case ReferralStatus.Duplicate:
                    referral.MarkDuplicateOf(duplicateOf!.Value, coordinator, received.AddHours(1));
                    break;
                case ReferralStatus.NotTraffickingMatter:
                    referral.ForwardAsNotTrafficking("Centar za socijalni rad", coordinator, received.AddHours(1));
                    break;
            }

            db.Referrals.Add(referral);
            await db.SaveChangesAsync();
            return referral;
        });
    }

    /// <summary>A referral opened as a case, described as <paramref name="victim"/> says, with its decision if it has one.</summary>
    public async Task<CaseFile> CaseAsync(DateOnly day, TimeOnly at, string sector, Victim victim)
    {
        var referral = await ReferralAsync(day, at, sector);
        var received = referral.ReceivedAtUtc;
        var file = await factory.Arrange.Case().Coded(day.Year, Interlocked.Increment(ref sequence)).LedBy("radnik")
            .FromReferral(referral.Id).OpenedAt(received.AddHours(2))
            .With((f, now) =>
            {
                f.DescribePerson(new PersonProfile(victim.Sex, victim.Age, victim.Citizenship, null, null, null), [], [], null, "radnik", now);
                f.ReplaceCodes(CaseCodeFields.FurtherCitizenship, victim.FurtherCitizenships ?? [], "radnik", now);
                f.RecordExploitation(ExploitationRecord.Unknown with { IsTransnational = victim.Transnational }, victim.Forms ?? [], [], [], null, day, "radnik", now);
                if (victim.Decision is not null)
                {
                    f.MoveTo(CaseStatus.PresumedVictim, day);
                }

                if (victim.SamePersonAs is { } other)
                {
                    f.LinkPerson(other);
                }
            });
        await factory.WithDbAsync(async db =>
        {
            (await db.Referrals.SingleAsync(r => r.Id == referral.Id)).OpenAsCase(file.Id, decisions.Users["koordinator"], received.AddHours(2));
            foreach (var type in victim.Services ?? [])
            {
                db.CaseServices.Add(CaseService.Log(file.Id, new ServiceDetails(type, day, 60, StaffOrPartner.Staff(decisions.Users["radnik"]), null), decisions.Users["radnik"], received.AddHours(3), day));
            }

            await db.SaveChangesAsync();
        });
        if (victim.Decision is { } decision)
        {
            await decisions.FinalAsync(file.Id, "radnik", "radnik2", decision, victim.DecidedOn!.Value, victim.Forms ?? ["Other"]);
        }

        return file;
    }

    public Task CloseAsync(Guid caseId) => factory.WithDbAsync(async db =>
    {
        (await db.Cases.SingleAsync(c => c.Id == caseId)).Close("GoalsReached", null, factory.Clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync();
    });

    /// <summary>A person identity shared by two cases: the same person referred twice.</summary>
    public Task<Guid> NewPersonAsync() => factory.WithDbAsync(async db =>
    {
        var identity = Domain.People.PersonIdentity.Record(new Domain.People.PersonIdentityDetails("Test", "Osoba"));
        db.PersonIdentities.Add(identity);
        await db.SaveChangesAsync();
        return identity.Id;
    });

    private async Task LoadUsersAsync()
    {
        if (decisions.Users.Count == 0)
        {
            await decisions.LoadUsersAsync();
        }
    }
}

/// <summary>What a case says about the person, for the report to count.</summary>
internal sealed record Victim(
    IdentificationDecision? Decision = null,
    DateOnly? DecidedOn = null,
    string? Sex = null,
    int? Age = null,
    string? Citizenship = null,
    string[]? FurtherCitizenships = null,
    string[]? Forms = null,
    bool? Transnational = null,
    string[]? Services = null,
    Guid? SamePersonAs = null);
