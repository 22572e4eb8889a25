namespace TraffickingCare.Web.Data.Auditing;

/// <summary>
/// Keeps the app's own view of the chain for the readiness check: the first check walks the whole chain, later ones
/// only the rows sealed since (and that the last verified row is still there), with a whole walk again every day. A
/// break found stays reported until the app is restarted: it is for an operator to look into, not to clear itself.
/// </summary>
public sealed class AuditChainMonitor(IServiceScopeFactory scopes, TimeProvider clock, IHostApplicationLifetime lifetime, ILogger<AuditChainMonitor> log)
{
    public static readonly TimeSpan WholeWalkEvery = TimeSpan.FromDays(1);

    private readonly SemaphoreSlim gate = new(1, 1);
    private AuditChainPoint? verified;
    private DateTimeOffset lastWholeWalk;
    private AuditChainReport? broken;

    public async Task<AuditChainReport> CheckAsync(CancellationToken ct)
    {
        await gate.WaitAsync(ct);
        try
        {
            if (broken is not null)
            {
                return broken;
            }

            await using var scope = scopes.CreateAsyncScope();
            var verifier = scope.ServiceProvider.GetRequiredService<AuditChainVerifier>();
            var whole = verified is null || clock.GetUtcNow() - lastWholeWalk >= WholeWalkEvery;
            // The walk runs to its end even if the caller stops waiting (a readiness probe that timed out): a whole walk
            // of a long trail outlasts a probe, and a walk cancelled with each probe would never end. Only the app's
            // stopping cancels it; callers that gave up meanwhile wait at the gate above.
            var report = await verifier.VerifyAsync(whole ? null : verified, lifetime.ApplicationStopping);
            if (whole)
            {
                lastWholeWalk = clock.GetUtcNow();
            }

            if (report.IsIntact)
            {
                verified = report.Head;
            }
            else
            {
                broken = report;
                log.LogCritical("{AuditChain}", report.Describe());
            }

            return report;
        }
        finally
        {
            gate.Release();
        }
    }
}
