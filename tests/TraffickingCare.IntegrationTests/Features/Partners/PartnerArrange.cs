using TraffickingCare.Domain.Partners;
using TraffickingCare.IntegrationTests.Infrastructure;

namespace TraffickingCare.IntegrationTests.Features.Partners;

/// <summary>A directory entry (with contact people) straight in the database, for tests that start from one.</summary>
internal static class PartnerArrange
{
    public static Task<Partner> PartnerAsync(this AppFactory factory, string name, Sector sector = Sector.SocialProtection, string? municipality = "RS-NIS", params string[] contacts) =>
        factory.WithDbAsync(async db =>
        {
            var partner = Partner.Create(name, sector, municipality).Reach("Glavna 1", "+381 18 000 000", "info@demo.invalid");
            foreach (var contact in contacts)
            {
                partner.AddContact(contact, "socijalni radnik", "+381 64 000 0000", "kontakt@demo.invalid");
            }

            db.Partners.Add(partner);
            await db.SaveChangesAsync();
            return partner;
        });
}
