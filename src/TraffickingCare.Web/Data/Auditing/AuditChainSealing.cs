using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace TraffickingCare.Web.Data.Auditing;

public sealed class AuditChainOptions
{
    public const string Section = "Audit";

    /// <summary>How often new audit rows are sealed into the chain; 0 turns the background sealing off (the integration tests seal when they mean to).</summary>
    public int SealIntervalSeconds { get; set; } = 5;
}

/// <summary>Seals new audit rows every few seconds, then checks the chain; a database busy with a long write is tried again at the next turn.</summary>
public sealed class AuditChainSealing(IServiceScopeFactory scopes, AuditChainMonitor monitor, IOptions<AuditChainOptions> options, ILogger<AuditChainSealing> log) : BackgroundService
{
    /// <summary>Longer than the longest sleep of SQLite's busy handler, so a writer waiting for the lock wakes inside the pause.</summary>
    public static readonly TimeSpan PauseBetweenBatches = TimeSpan.FromMilliseconds(150);

    /// <summary>
    /// Smaller than the sealer's own batches (the <c>audit seal</c> command's), so that a write waiting for the lock
    /// waits for a quarter of the time: at 10,000 seeded cases (405,730 rows to seal) a case view's p95 during the sealing
    /// was 1.5 s back to back, 1.1 s with pauses between batches of 2,000.
    /// </summary>
    public const int BatchSize = 500;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (options.Value.SealIntervalSeconds <= 0)
        {
            return;
        }

        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(options.Value.SealIntervalSeconds));
        do
        {
            try
            {
                await using (var scope = scopes.CreateAsyncScope())
                {
                    await scope.ServiceProvider.GetRequiredService<AuditChainSealer>().SealAsync(stoppingToken, PauseBetweenBatches, BatchSize);
                }

                await monitor.CheckAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is DbException or DbUpdateException or InvalidOperationException or TimeoutException)
            {
                log.LogWarning(ex, "Sealing the audit chain postponed to the next turn");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
