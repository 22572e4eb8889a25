namespace TraffickingCare.IntegrationTests.Infrastructure;

/// <summary>One app and database shared by the tests of a class that do not disturb each other.</summary>
public sealed class AppFixture : IAsyncLifetime
{
    public AppFactory Factory { get; } = new();

    public Task InitializeAsync()
    {
        _ = Factory.Server; // starts the host: migrations and seed run here, once
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await Factory.DisposeAsync();
}
