using TraffickingCare.IntegrationTests.Infrastructure;
using TraffickingCare.Web.Data.Seeding;

namespace TraffickingCare.IntegrationTests.Sweeps;

/// <summary>
/// An app of its own over the seed command's synthetic caseload (every kind of record at every stage), so a walk finds
/// a page behind every link: small enough to seed in a few seconds.
/// </summary>
public static class SyntheticApp
{
    public static async Task<AppFactory> StartAsync()
    {
        var factory = new AppFactory();
        _ = factory.Server;
        await using var scope = factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<SyntheticCaseloadGenerator>()
            .GenerateAsync(cases: 40, referrals: 60, progress: null, CancellationToken.None);
        return factory;
    }
}

/// <summary>One synthetic app for the tests of a class that only read.</summary>
public sealed class SyntheticAppFixture : IAsyncLifetime
{
    public AppFactory Factory { get; private set; } = null!;

    public async Task InitializeAsync() => Factory = await SyntheticApp.StartAsync();

    public async Task DisposeAsync() => await Factory.DisposeAsync();
}
