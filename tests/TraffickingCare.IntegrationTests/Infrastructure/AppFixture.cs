namespace TraffickingCare.IntegrationTests.Infrastructure;

/// <summary>
/// One app and database shared by the tests of a class that do not disturb each other. A class whose tests read the
/// same records derives from it and arranges them once in <see cref="ArrangeAsync"/>.
/// </summary>
public class AppFixture : IAsyncLifetime
{
    public AppFactory Factory { get; } = new();

    public async Task InitializeAsync()
    {
        _ = Factory.Server; // starts the host: migrations and seed run here, once
        await ArrangeAsync();
    }

    public async Task DisposeAsync() => await Factory.DisposeAsync();

    /// <summary>The records the class's tests share, arranged once after the app has started.</summary>
    protected virtual Task ArrangeAsync() => Task.CompletedTask;
}
