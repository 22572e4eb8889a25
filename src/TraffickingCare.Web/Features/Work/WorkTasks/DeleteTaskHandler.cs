using System.Security.Claims;
using TraffickingCare.Domain.Common;
using TraffickingCare.Domain.Work;
using TraffickingCare.Web.Data;
using TraffickingCare.Web.Identity;
using TraffickingCare.Web.Infrastructure.Mvc;

namespace TraffickingCare.Web.Features.Work.WorkTasks;

/// <summary>Deletes (softly, as the save does with every delete) a task its author or the coordinator no longer wants done.</summary>
public sealed class DeleteTaskHandler(WorkTaskChange change, AppDbContext db)
{
    public Task<ChangeResult> HandleAsync(Guid taskId, int version, ClaimsPrincipal user, CancellationToken ct) =>
        change.ApplyAsync(taskId, version, user, task =>
        {
            if (!WorkTask.MayBeDeletedBy(task.CreatedBy, user.GetUserId(), user.IsInRole(Roles.Coordinator)))
            {
                throw new DomainException("Work.Errors.DeleteNotYours");
            }

            db.WorkTasks.Remove(task);
        }, ct);
}
