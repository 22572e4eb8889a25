using Microsoft.Extensions.Diagnostics.HealthChecks;
using TraffickingCare.Web.Data.Auditing;

namespace TraffickingCare.Web.Infrastructure.Health;

/// <summary>Not ready while the audit chain is broken: the trail can no longer be shown to be whole.</summary>
internal sealed class AuditChainHealthCheck(AuditChainMonitor monitor) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        (await monitor.CheckAsync(cancellationToken)).IsIntact ? HealthCheckResult.Healthy() : HealthCheckResult.Unhealthy();
}
