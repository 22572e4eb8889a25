using Microsoft.Extensions.DependencyInjection;
using TraffickingCare.BrowserTests.Infrastructure;
using TraffickingCare.Web.Data.Seeding;

namespace TraffickingCare.BrowserTests.Features.EveryPage;

/// <summary>
/// A second app with a database of its own, filled by the seed command's synthetic caseload (every kind of record: cases
/// at each stage, services, visits, networks, conferences, hearings, the shelter's placements, trainings), so that a
/// crawl finds a page behind every link without changing what the collection's other tests count in theirs.
/// </summary>
public sealed class SeededAppFixture : IAsyncLifetime
{
    // The seed writes with the database to itself (SqliteBulkLoad): no timer may seal the audit chain meanwhile.
    private readonly BrowserAppFactory app = new() { Settings = { ["Audit:SealIntervalSeconds"] = "0" } };

    public Uri BaseAddress { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        BaseAddress = app.Start();
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<SyntheticCaseloadGenerator>()
            .GenerateAsync(cases: 80, referrals: 120, progress: null, CancellationToken.None);
    }

    public async Task DisposeAsync() => await app.DisposeAsync();
}
