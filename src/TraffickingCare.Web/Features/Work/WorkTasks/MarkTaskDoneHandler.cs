using System.Security.Claims;
using TraffickingCare.Web.Infrastructure.Mvc;
using TraffickingCare.Web.Infrastructure.Time;

namespace TraffickingCare.Web.Features.Work.WorkTasks;

public sealed class MarkTaskDoneHandler(WorkTaskChange change, CentreClock clock)
{
    public Task<ChangeResult> HandleAsync(Guid taskId, int version, ClaimsPrincipal user, CancellationToken ct) =>
        change.ApplyAsync(taskId, version, user, task => task.MarkDone(user.GetUserId(), clock.UtcNow), ct);
}
