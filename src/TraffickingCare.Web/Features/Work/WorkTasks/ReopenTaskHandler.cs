using System.Security.Claims;
using TraffickingCare.Web.Infrastructure.Mvc;

namespace TraffickingCare.Web.Features.Work.WorkTasks;

public sealed class ReopenTaskHandler(WorkTaskChange change)
{
    public Task<ChangeResult> HandleAsync(Guid taskId, int version, ClaimsPrincipal user, CancellationToken ct) =>
        change.ApplyAsync(taskId, version, user, task => task.Reopen(), ct);
}
