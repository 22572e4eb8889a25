namespace TraffickingCare.Web.Data.Sqlite;

/// <summary>
/// Closes the app's kept SQLite connections when the app stops (and any still lent out when they come back): the service
/// provider disposes it after everything else it built (background work included). A hosted service only so that it is built, and so disposed, in every app.
/// </summary>
internal sealed class KeptSqliteConnectionsLifetime(string connectionString) : IHostedService, IDisposable
{
    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public void Dispose() => KeptSqliteConnections.ClearPool(connectionString);
}
