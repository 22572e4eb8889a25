using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using TraffickingCare.Web.Data;
using TraffickingCare.Web.Features.Shared.Work;
using TraffickingCare.Web.Identity;
using TraffickingCare.Web.Resources;

namespace TraffickingCare.Web.Features.Shelter.Placements.FollowUps;

/// <summary>
/// "Moj rad": the assignee's follow-up contacts after a shelter stay, not yet done and due by the horizon, in one
/// SQL command. Only for those who may open the shelter file (shelter staff and the coordinator); the title says
/// what to do, the case code whose, never the note.
/// </summary>
public sealed class FollowUpWorkSource(AppDbContext db, IStringLocalizer<SharedResource> l) : IWorkSource
{
    public async Task<IReadOnlyList<WorkItem>> ListAsync(WorkScope scope, CancellationToken ct)
    {
        if (!scope.Viewer.IsInRole(Roles.ShelterStaff) && !scope.Viewer.IsInRole(Roles.Coordinator))
        {
            return [];
        }

        var assignee = scope.AssigneeId;
        var due = await (
            from f in db.ShelterFollowUps
            where f.AssigneeId == assignee && f.DoneOn == null && f.DueOn <= scope.Horizon
            join p in db.Placements on f.PlacementId equals p.Id
            join c in db.Cases on p.CaseId equals c.Id
            orderby f.DueOn
            select new { f.PlacementId, c.Code, f.DueOn })
            .AsNoTracking().Take(IWorkSource.MaxItems).ToListAsync(ct);
        string title = l["Shelter.FollowUp.WorkTitle"];
        return [.. due.Select(x => new WorkItem("Shelter.FollowUp.WorkKind", title, x.Code, x.DueOn, null, new WorkLink("Placements", "Details", PlacementFile.RouteKey, x.PlacementId)))];
    }
}
