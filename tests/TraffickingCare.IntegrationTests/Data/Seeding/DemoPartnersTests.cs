using Microsoft.EntityFrameworkCore;
using TraffickingCare.Domain.Partners;
using TraffickingCare.IntegrationTests.Infrastructure;
using TraffickingCare.Web.Data.Seeding;

namespace TraffickingCare.IntegrationTests.Data.Seeding;

public sealed class DemoPartnersTests(AppFixture app) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task The_demo_directory_covers_every_sector_and_municipality_and_a_second_run_adds_nothing()
    {
        var added = await app.Factory.WithDbAsync(db => DemoPartners.SeedAsync(db, CancellationToken.None));
        var again = await app.Factory.WithDbAsync(db => DemoPartners.SeedAsync(db, CancellationToken.None));

        Assert.True(added > 300, $"only {added} demo partners");
        Assert.Equal(0, again);
        var bySector = await app.Factory.WithDbAsync(db => DemoPartners.LoadBySectorAsync(db, CancellationToken.None));
        Assert.All(Enum.GetValues<Sector>(), s => Assert.True(bySector.ContainsKey(s), $"no demo partner in {s}"));
        Assert.All(bySector.Values.SelectMany(p => p), p => Assert.NotEmpty(p.ContactIds));
        var municipalities = await app.Factory.WithDbAsync(db => db.CodeListItems.Where(c => c.List == "Municipality").Select(c => c.Code).ToListAsync());
        var covered = bySector[Sector.SocialProtection].Select(p => p.MunicipalityCode).ToHashSet();
        Assert.All(municipalities, m => Assert.Contains(m, covered));
    }
}
