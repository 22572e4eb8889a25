using System.Security.Claims;

namespace TraffickingCare.Web.Features.Reports.Import;

/// <summary>
/// Runs the queued commits one at a time, each in a scope of its own, acting as the manager who started it: the rows
/// it writes are stamped and audited under that manager's id, exactly as if the request had written them.
/// </summary>
public sealed class ImportJobRunner(ImportJobs jobs, IServiceScopeFactory scopes, IHttpContextAccessor accessor, ILogger<ImportJobRunner> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var (importId, userId) in jobs.Pending.ReadAllAsync(stoppingToken))
        {
            try
            {
                accessor.HttpContext = new DefaultHttpContext
                {
                    User = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, userId)], "import")),
                    TraceIdentifier = importId.ToString(),
                };
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<CommitImportHandler>().RunAsync(importId, stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                log.LogError(ex, "Import {ImportId} failed", importId);
            }
            finally
            {
                accessor.HttpContext = null;
                jobs.End(importId);
            }
        }
    }
}
