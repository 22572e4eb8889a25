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
                    await scope.ServiceProvider.GetRequiredService<AuditChainSealer>().SealAsync(stoppingToken);
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
