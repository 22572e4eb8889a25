using Microsoft.EntityFrameworkCore;
using TraffickingCare.Domain.Auditing;
using TraffickingCare.IntegrationTests.Infrastructure;

namespace TraffickingCare.IntegrationTests.Data;

/// <summary>
/// Production's SQL Server retries transient failures, and its strategy refuses a transaction begun outside it. The
/// tests' app says it retries too (<see cref="RetryingLikeSqlServer"/>), so every test that saves through a
/// transaction of its own proves the transaction runs inside the strategy; these two prove the harness does refuse.
/// </summary>
public sealed class ExecutionStrategyTests(AppFixture app) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task A_transaction_begun_outside_the_execution_strategy_is_refused_as_sql_server_refuses_it()
    {
        var entityId = Guid.NewGuid();

        var refused = await Assert.ThrowsAsync<InvalidOperationException>(() => app.Factory.WithDbAsync(async db =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            db.AuditEntries.Add(AuditEntry.For(AuditAction.Viewed, "StrategyProbe", entityId, "system", app.Factory.Clock.GetUtcNow().UtcDateTime, "{}"));
            return await db.SaveChangesAsync();
        }));

        Assert.Contains(nameof(RetryingLikeSqlServer), refused.Message, StringComparison.Ordinal);
        Assert.False(await app.Factory.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.EntityId == entityId)));
    }

    [Fact]
    public async Task The_same_transaction_run_by_the_strategy_commits()
    {
        var entityId = Guid.NewGuid();

        await app.Factory.WithDbAsync(db => db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            db.AuditEntries.Add(AuditEntry.For(AuditAction.Viewed, "StrategyProbe", entityId, "system", app.Factory.Clock.GetUtcNow().UtcDateTime, "{}"));
            var saved = await db.SaveChangesAsync();
            await transaction.CommitAsync();
            return saved;
        }));

        Assert.True(await app.Factory.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.EntityId == entityId)));
    }
}
