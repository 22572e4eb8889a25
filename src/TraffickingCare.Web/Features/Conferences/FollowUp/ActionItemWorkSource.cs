using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using TraffickingCare.Domain.Conferences;
using TraffickingCare.Web.Data;
using TraffickingCare.Web.Features.Shared.Access;
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
        var (shelterOnly, viewer, me) = conferences.ReaderOf(scope.Viewer);
        var linked = !shelterOnly;
        var rows = await (linked ? Due : DueToShelter)[viewer.Reach].For(db)(db, scope.AssigneeId, me, viewer.UserId, viewer.RestrictedSince, scope.Horizon).ToListAsync(ct);
        return [.. rows.Select(r => new WorkItem(
            Kind, l["Conferences.Work.Title", CentreClock.FormatInstantDate(r.StartsAtUtc)], r.Code, r.DueOn, null,
            linked ? new WorkLink("Conferences", "Conference", "conferenceId", r.Id) : null))];
    }

    /// <summary>Compiled from the conferences' rule, one query for each reach (<see cref="CompiledRule"/>): Moj rad asks it on every view.</summary>
    private static readonly IReadOnlyDictionary<CaseReach, CompiledPerModel<Func<AppDbContext, string, string, string, DateTime, DateOnly, IAsyncEnumerable<DueItem>>>> Due = Compiled(shelterOnly: false);

    /// <summary>The same for shelter staff, through the conferences they were invited to.</summary>
    private static readonly IReadOnlyDictionary<CaseReach, CompiledPerModel<Func<AppDbContext, string, string, string, DateTime, DateOnly, IAsyncEnumerable<DueItem>>>> DueToShelter = Compiled(shelterOnly: true);

    private static IReadOnlyDictionary<CaseReach, CompiledPerModel<Func<AppDbContext, string, string, string, DateTime, DateOnly, IAsyncEnumerable<DueItem>>>> Compiled(bool shelterOnly) =>
        CaseAccess.PerReach((db, reach) => CompiledRule.List<string, string, string, DateTime, DateOnly, DueItem>(
            db, (db, assignee, me, userId, restrictedSince, horizon) => (
                from i in db.ConferenceActionItems
                where i.OwnerUserId == assignee && i.Status == ActionItemStatus.Open && i.DueOn <= horizon
                join c in ConferenceAccess.Visible(db, shelterOnly, new CaseViewer(reach, userId, restrictedSince), me) on i.ConferenceId equals c.Id
                where c.Status != ConferenceStatus.Cancelled
                orderby i.DueOn
                select new DueItem(c.Id, c.StartsAtUtc, i.DueOn, db.Cases.Where(x => x.Id == i.CaseId).Select(x => x.Code).First()))
                .Take(IWorkSource.MaxItems)));

    private sealed record DueItem(Guid Id, DateTime StartsAtUtc, DateOnly DueOn, string Code);
}
