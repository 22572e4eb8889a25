using Microsoft.EntityFrameworkCore;
using TraffickingCare.Domain.Activity;
using TraffickingCare.Domain.Identification;
using TraffickingCare.Domain.Referrals;
using TraffickingCare.IntegrationTests.Features.Decisions;
using TraffickingCare.IntegrationTests.Infrastructure;
using TraffickingCare.Web.Infrastructure.Time;

namespace TraffickingCare.IntegrationTests.Features.Activity;

/// <summary>Trainings, events, teams and referrals with decisions, arranged through the domain for the figures' tests.</summary>
internal sealed class ActivityArrange(AppFactory factory)
{
    private static int sequence = 900;

    private DateTime Now => factory.Clock.GetUtcNow().UtcDateTime;

    private DateOnly Today => new CentreClock(factory.Clock).Today;

    public Task<Training> TrainingAsync(DateOnly day, string municipality, bool accredited, int women, int men, params (string Sector, int Count)[] sectors) =>
        factory.WithDbAsync(async db =>
        {
            var training = Training.Record(
                new TrainingDetails(day, 8, "Prepoznavanje žrtava", accredited, accredited ? "A-1" : null, municipality, "Centar"),
                new Headcount(sectors.ToDictionary(s => s.Sector, s => s.Count), women, men, 0),
                [Trainer.External("Predavač Demić", null)], Today, null, Now);
            db.Trainings.Add(training);
            await db.SaveChangesAsync();
            return training;
        });

    public Task EventAsync(DateOnly day, AwarenessEventKind kind, int reached) => factory.WithDbAsync(async db =>
    {
        db.AwarenessEvents.Add(AwarenessEvent.Record(new AwarenessEventDetails(day, kind, "Tribina", null, null, reached, []), Today, null, Now));
        await db.SaveChangesAsync();
    });

    public Task TeamAsync(string municipality, LocalTeamStatus status, params DateOnly[] meetings) => factory.WithDbAsync(async db =>
    {
        var team = LocalTeam.Form(new LocalTeamDetails(municipality, status, [], null, null), null, Now);
        foreach (var day in meetings)
        {
            team.RecordMeeting(day, 10, null, Today);
        }

        db.LocalTeams.Add(team);
        await db.SaveChangesAsync();
    });

    /// <summary>
    /// A referral received at a local time from a sector and municipality; opened as a case when a decision or
    /// <paramref name="open"/> is given, the decision approved on <paramref name="decidedOn"/>; rejected when
    /// <paramref name="rejected"/>. Returns the case, if one was opened.
    /// </summary>
    public async Task<Guid?> ReferralAsync(
        DateOnly day, TimeOnly at, string sector, string? municipality,
        IdentificationDecision? decision = null, DateOnly? decidedOn = null, bool open = false, bool rejected = false)
    {
        var received = CentreClock.ToUtc(day, at);
        var users = new DecisionArrange(factory);
        await users.LoadUsersAsync();
        var referral = await factory.WithDbAsync(async db =>
        {
            var logged = Referral.Log(
                new ReferralReceipt(received, "Phone", sector, null, null, municipality, ReferredPerson.Unknown, null, UrgencyIndicators.None),
                ResponseTargets.Default, users.Users["radnik"], received);
            if (rejected)
            {
                logged.Reject("Nije trgovina ljudima", users.Users["koordinator"], received.AddHours(1));
            }

            db.Referrals.Add(logged);
            await db.SaveChangesAsync();
            return logged;
        });
        if (decision is null && !open)
        {
            return null;
        }

        var file = await users.CaseAsync(2025, Interlocked.Increment(ref sequence), "radnik", referralId: referral.Id, openedAtUtc: received.AddHours(2));
        await factory.WithDbAsync(async db =>
        {
            (await db.Referrals.SingleAsync(r => r.Id == referral.Id)).OpenAsCase(file.Id, users.Users["koordinator"], received.AddHours(2));
            await db.SaveChangesAsync();
        });
        if (decision is { } taken)
        {
            await users.FinalAsync(file.Id, "radnik", "radnik2", taken, decidedOn!.Value, taken == IdentificationDecision.Identified ? ["ForcedLabour"] : []);
        }

        return file.Id;
    }
}
