using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using TraffickingCare.Domain.Conferences;
using TraffickingCare.Web.Data;
using TraffickingCare.Web.Features.Shared.Work;
using TraffickingCare.Web.Infrastructure.Time;
using TraffickingCare.Web.Resources;

namespace TraffickingCare.Web.Features.Conferences.FollowUp;

/// <summary>
/// "Moj rad": the open action items of case conferences owned by the assignee, due by the horizon (overdue ones
/// included), of conferences the viewer reaches (shelter staff: those they were invited to). The title names the
/// conference's day, never the item's text (it may tell the person's story); the link opens the conference for
/// those who may read it.
/// </summary>
public sealed class ActionItemWorkSource(AppDbContext db, ConferenceAccess conferences, IStringLocalizer<SharedResource> l) : IWorkSource
{
    public const string Kind = "Conferences.Work.Kind";

    public async Task<IReadOnlyList<WorkItem>> ListAsync(WorkScope scope, CancellationToken ct)
    {
        var assignee = scope.AssigneeId;
        var linked = !ConferenceAccess.SeesShelterItemsOnly(scope.Viewer);
        var rows = await (
            from i in db.ConferenceActionItems
            where i.OwnerUserId == assignee && i.Status == ActionItemStatus.Open && i.DueOn <= scope.Horizon
            join c in conferences.Visible(scope.Viewer) on i.ConferenceId equals c.Id
            where c.Status != ConferenceStatus.Cancelled
            orderby i.DueOn
            select new { c.Id, c.StartsAtUtc, i.DueOn, Code = db.Cases.Where(x => x.Id == i.CaseId).Select(x => x.Code).First() })
            .AsNoTracking()
            .Take(IWorkSource.MaxItems)
            .ToListAsync(ct);
        return [.. rows.Select(r => new WorkItem(
            Kind, l["Conferences.Work.Title", CentreClock.FormatDate(DateOnly.FromDateTime(CentreClock.ToLocal(r.StartsAtUtc)))], r.Code, r.DueOn, null,
            linked ? new WorkLink("Conferences", "Conference", "conferenceId", r.Id) : null))];
    }
}
