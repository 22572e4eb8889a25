using System.Security.Claims;
using Microsoft.Extensions.Options;
using TraffickingCare.Web.Features.Shared.Work;
using TraffickingCare.Web.Infrastructure.Mvc;
using TraffickingCare.Web.Infrastructure.Time;

namespace TraffickingCare.Web.Features.Work;

/// <summary>
/// Gathers one person's work from every registered <see cref="IWorkSource"/>, one query each, one after the other
/// (they share the request's DbContext): a constant number of SQL commands, however much is due.
/// </summary>
public sealed class WorkList(IEnumerable<IWorkSource> sources, CentreClock clock, IOptions<WorkOptions> options)
{
    public WorkScope ScopeFor(ClaimsPrincipal viewer, string? assigneeId = null)
    {
        var today = clock.Today;
        return new WorkScope(viewer, assigneeId ?? viewer.GetUserId(), today, clock.UtcNow, today.AddDays(Math.Max(0, options.Value.HorizonDays)));
    }

    /// <summary>The scope's work, overdue first, then by when it is due.</summary>
    public async Task<IReadOnlyList<WorkItem>> GatherAsync(WorkScope scope, CancellationToken ct)
    {
        var items = new List<WorkItem>();
        foreach (var source in sources)
        {
            items.AddRange(await source.ListAsync(scope, ct));
        }

        return WorkOrder.Sort(items, scope.Today, Now(scope));
    }

    public static TimeOnly Now(WorkScope scope) => TimeOnly.FromDateTime(CentreClock.ToLocal(scope.UtcNow));
}
