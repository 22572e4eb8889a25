using Microsoft.EntityFrameworkCore;
using TraffickingCare.Domain.Cases;
using TraffickingCare.Domain.Referrals;
using TraffickingCare.IntegrationTests.Infrastructure;
using TraffickingCare.Web.Data.Seeding;

namespace TraffickingCare.IntegrationTests.Data.Seeding;

public sealed class SyntheticCaseloadGeneratorTests : IAsyncLifetime
{
    private readonly AppFactory factory = new();

    public Task InitializeAsync()
    {
        _ = factory.Server;
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await factory.DisposeAsync();

    private async Task<SyntheticCaseloadResult> GenerateAsync(int cases, int referrals)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<SyntheticCaseloadGenerator>().GenerateAsync(cases, referrals, progress: null, CancellationToken.None);
    }

    [Fact]
    public async Task A_small_run_fills_referrals_and_cases_with_sequential_codes_per_year()
    {
        var result = await GenerateAsync(cases: 300, referrals: 450);

        Assert.Equal((450, 300), (result.Referrals, result.Cases));
        var now = factory.Clock.GetUtcNow().UtcDateTime;
        await factory.WithDbAsync(async db =>
        {
            Assert.Equal(450, await db.Referrals.CountAsync());
            Assert.Equal(300, await db.Cases.CountAsync());
            Assert.Equal(300, await db.Referrals.CountAsync(r => r.Status == ReferralStatus.OpenedAsCase && r.CaseId != null));
            Assert.Equal(8, await db.Referrals.CountAsync(r => r.Status == ReferralStatus.AwaitingTriage));
            Assert.True(await db.Referrals.AnyAsync(r => r.Status == ReferralStatus.AwaitingTriage && r.TriageDeadlineUtc < now));
            foreach (var status in new[] { ReferralStatus.NotTraffickingMatter, ReferralStatus.Rejected, ReferralStatus.Duplicate })
            {
                Assert.True(await db.Referrals.AnyAsync(r => r.Status == status), status.ToString());
            }

            var codes = await db.Cases.Select(c => new { c.Code, c.CodeYear, c.CodeSequence }).ToListAsync();
            Assert.Equal(codes.Count, codes.Select(c => c.Code).Distinct().Count());
            Assert.True(codes.Select(c => c.CodeYear).Distinct().Count() >= 5);
            foreach (var year in codes.GroupBy(c => c.CodeYear))
            {
                Assert.Equal(Enumerable.Range(1, year.Count()), year.Select(c => c.CodeSequence).Order());
                Assert.All(year, c => Assert.Equal(CaseCode.For(year.Key, c.CodeSequence).Value, c.Code));
            }

            Assert.True(await db.Cases.AnyAsync(c => c.IsRestricted));
            Assert.True(await db.Cases.AnyAsync(c => c.Status == CaseStatus.Closed && c.ClosureReasonCode != null));
            var sectors = await db.CodeListItems.Where(c => c.List == "ReferrerSector").Select(c => c.Code).ToListAsync();
            var used = await db.Referrals.Select(r => r.ReferrerSectorCode).Distinct().ToListAsync();
            Assert.NotEmpty(sectors);
            Assert.Empty(sectors.Except(used));
        });
    }

    [Fact]
    public async Task A_second_run_continues_the_numbering_of_each_year()
    {
        await GenerateAsync(cases: 20, referrals: 40);
        await GenerateAsync(cases: 20, referrals: 40);

        var codes = await factory.WithDbAsync(db => db.Cases.Select(c => new { c.CodeYear, c.CodeSequence }).ToListAsync());
        Assert.Equal(40, codes.Count);
        Assert.All(codes.GroupBy(c => c.CodeYear), year => Assert.Equal(Enumerable.Range(1, year.Count()), year.Select(c => c.CodeSequence).Order()));
    }
}
