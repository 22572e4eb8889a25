using TraffickingCare.Domain.Conferences;
using TraffickingCare.Domain.Partners;
using TraffickingCare.Domain.Support;
using TraffickingCare.IntegrationTests.Infrastructure;

namespace TraffickingCare.IntegrationTests.Features.Conferences;

/// <summary>What the conferences' tests start from: a partner with a contact in a case's network, a conference built with the domain.</summary>
internal static class ConferencesArrange
{
    public static Task<(Partner Partner, Guid ContactId)> ActorAsync(AppFactory factory, Guid caseId, string name = "Centar za socijalni rad Niš") =>
        factory.WithDbAsync(async db =>
        {
            var partner = Partner.Create(name, Sector.SocialProtection, "RS-NIS");
            var contact = partner.AddContact("Kontakt Osoba Test", "Socijalni radnik", null, null);
            db.Partners.Add(partner);
            db.NetworkActors.Add(NetworkActor.Add(caseId, partner.Id, contact.Id, partner.Sector, "CaseManagement", null, factory.Arrange.Today));
            await db.SaveChangesAsync();
            return (partner, contact.Id);
        });

    public static async Task<CaseConference> ConferenceAsync(AppFactory factory, Guid caseId, DateTime startsAtUtc, string chair = "radnik", Action<CaseConference>? then = null)
    {
        var chairId = await factory.Arrange.UserIdAsync(chair);
        var conference = CaseConference.Schedule(
            caseId,
            new ConferencePlan(startsAtUtc, 60, ConferencePlace.Remote, null, chairId, [new ParticipantDetails(ParticipantKind.Staff, UserId: chairId)], [new AgendaLine("Plan podrške")]),
            factory.Arrange.Now);
        then?.Invoke(conference);
        await factory.WithDbAsync(db =>
        {
            db.CaseConferences.Add(conference);
            return db.SaveChangesAsync();
        });
        return conference;
    }
}
