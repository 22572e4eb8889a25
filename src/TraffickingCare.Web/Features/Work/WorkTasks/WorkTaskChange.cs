using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using TraffickingCare.Domain.Work;
using TraffickingCare.Web.Data;
using TraffickingCare.Web.Infrastructure.Mvc;

namespace TraffickingCare.Web.Features.Work.WorkTasks;

/// <summary>
/// How a task is changed: loaded through <see cref="TaskAccess.Changeable"/> (out of reach is not found), changed,
/// saved with the version the user's page showed, so a second click from an older page is refused as a conflict.
/// </summary>
public sealed class WorkTaskChange(AppDbContext db, TaskAccess access)
{
    public async Task<ChangeResult> ApplyAsync(Guid taskId, int seenVersion, ClaimsPrincipal user, Action<WorkTask> change, CancellationToken ct)
    {
        var task = await access.Changeable(user).SingleOrDefaultAsync(t => t.Id == taskId, ct);
        if (task is null)
        {
            return ChangeResult.NotFound;
        }

        db.Entry(task).Property(t => t.Version).OriginalValue = seenVersion;
        return await ChangeResult.OfAsync(async () =>
        {
            change(task);
            await db.SaveChangesAsync(ct);
        });
    }
}
