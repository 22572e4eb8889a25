using TraffickingCare.Domain.Partners;
using TraffickingCare.Domain.Support;
using TraffickingCare.IntegrationTests.Infrastructure;

namespace TraffickingCare.IntegrationTests.Features.Network;

/// <summary>Partners in the directory and actors on a case, saved straight into the app's database.</summary>
internal static class NetworkArrangement
{
    public static Task<Partner> PartnerAsync(this AppFactory factory, string name, Sector sector, string? contactName = null) =>
        factory.WithDbAsync(async db =>
        {
            var partner = Partner.Create(name, sector, "RS-NIS");
            if (contactName is not null)
            {
                partner.AddContact(contactName, "Socijalni radnik", null, null);
            }

            db.Partners.Add(partner);
            await db.SaveChangesAsync();
            return partner;
        });

    public static Task<NetworkActor> ActorAsync(this AppFactory factory, Guid caseId, Partner partner, string role, DateOnly? lastContactOn = null) =>
        factory.WithDbAsync(async db =>
        {
            var today = factory.Arrange.Today;
            var actor = NetworkActor.Add(caseId, partner.Id, null, partner.Sector, role, lastContactOn, today);
            db.NetworkActors.Add(actor);
            await db.SaveChangesAsync();
            return actor;
        });
}
