using Microsoft.EntityFrameworkCore.Storage;

namespace TraffickingCare.IntegrationTests.Infrastructure;

/// <summary>
/// An execution strategy that, like SQL Server's in production (<c>EnableRetryOnFailure</c>), would retry, but finds
/// nothing to retry on. EF then refuses on SQLite what SQL Server's strategy refuses: a transaction begun outside the
/// strategy, which would otherwise show only on the production database, as the first save in it.
/// </summary>
internal sealed class RetryingLikeSqlServer(ExecutionStrategyDependencies dependencies)
    : ExecutionStrategy(dependencies, maxRetryCount: 1, maxRetryDelay: TimeSpan.Zero)
{
    protected override bool ShouldRetryOn(Exception exception) => false;
}
