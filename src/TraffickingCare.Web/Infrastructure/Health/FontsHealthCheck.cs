using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using TraffickingCare.Web.Reporting;

namespace TraffickingCare.Web.Infrastructure.Health;

/// <summary>Not ready without both font faces: documents would come out with blank text (the app also refuses to start).</summary>
internal sealed class FontsHealthCheck(IOptions<ReportingOptions> options) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var problems = FontFileCheck.Problems(options.Value);
        return Task.FromResult(problems.Count == 0 ? HealthCheckResult.Healthy() : HealthCheckResult.Unhealthy(string.Join(" ", problems)));
    }
}
