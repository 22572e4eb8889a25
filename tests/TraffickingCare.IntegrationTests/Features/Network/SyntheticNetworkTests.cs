using Microsoft.EntityFrameworkCore;
using TraffickingCare.Domain.Partners;
using TraffickingCare.IntegrationTests.Infrastructure;
using TraffickingCare.Web.Data.Seeding;

namespace TraffickingCare.IntegrationTests.Features.Network;

/// <summary>The demo generator gives cases support networks from the partner directory, which it seeds first.</summary>
public sealed class SyntheticNetworkTests : IAsyncLifetime
{
    private readonly AppFactory factory = new();

    public Task InitializeAsync()
    {
        _ = factory.Server;
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await factory.DisposeAsync();

    [Fact]
    public async Task Demo_cases_get_networks_of_3_to_8_actors_in_varied_sectors_with_some_missing_and_some_stale()
    {
        foreach (var sector in Enum.GetValues<Sector>().Where(s => s != Sector.Family))
        {
            await factory.PartnerAsync($"Demo partner {sector}", sector, contactName: "Demo kontakt");
        }

        await GenerateAsync(cases: 60, referrals: 90);

        await factory.WithDbAsync(async db =>
        {
            var sizes = await db.NetworkActors.GroupBy(a => a.CaseId).Select(g => g.Count()).ToListAsync();
            Assert.Equal(60, sizes.Count);
            Assert.All(sizes, size => Assert.InRange(size, 3, 8));
            Assert.True(await db.NetworkActors.Select(a => a.Sector).Distinct().CountAsync() >= 8);
            Assert.True(await db.NetworkActors.AnyAsync(a => a.PartnerId == null && a.Sector == Sector.Family));
            Assert.True(await db.NetworkActors.AnyAsync(a => a.EndedOn != null));
            var today = factory.Arrange.Today;
            Assert.True(await db.NetworkActors.AnyAsync(a => a.EndedOn == null && (a.LastContactOn == null || a.LastContactOn < today.AddDays(-30))));
            Assert.True(await db.NetworkActors.AnyAsync(a => a.EndedOn == null && a.LastContactOn >= today.AddDays(-30)));
            var healthCases = await db.NetworkActors.Where(a => a.Sector == Sector.Health).Select(a => a.CaseId).Distinct().CountAsync();
            Assert.InRange(healthCases, 1, 59);
        });
    }

    [Fact]
    public async Task On_an_empty_directory_the_generator_seeds_the_demo_partners_first_so_every_case_gets_a_network()
    {
        await GenerateAsync(cases: 20, referrals: 40);

        await factory.WithDbAsync(async db =>
        {
            Assert.True(await db.Partners.CountAsync() > 0);
            Assert.Equal(20, await db.NetworkActors.Select(a => a.CaseId).Distinct().CountAsync());
        });
    }

    private async Task GenerateAsync(int cases, int referrals)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<SyntheticCaseloadGenerator>().GenerateAsync(cases, referrals, progress: null, CancellationToken.None);
    }
}
