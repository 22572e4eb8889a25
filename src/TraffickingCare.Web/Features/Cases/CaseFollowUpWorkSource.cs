using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using TraffickingCare.Domain.Cases;
using TraffickingCare.Web.Data;
using TraffickingCare.Web.Features.Shared.Access;
using TraffickingCare.Web.Features.Shared.Work;
using TraffickingCare.Web.Identity;
using TraffickingCare.Web.Resources;

namespace TraffickingCare.Web.Features.Cases;

/// <summary>The follow-up contacts agreed at closure that fall to the assignee's team, due up to the horizon (missed ones included).</summary>
public sealed class CaseFollowUpWorkSource(AppDbContext db, CaseAccess cases, IStringLocalizer<SharedResource> l) : IWorkSource
{
    public const string Kind = "Work.Kind.FollowUp";

    public async Task<IReadOnlyList<WorkItem>> ListAsync(WorkScope scope, CancellationToken ct)
    {
        if (!scope.Viewer.Meets(Policies.CaseEditors))
        {
            return [];
        }

        var (shape, viewer) = cases.WorkViewerOf(scope.Viewer, scope.AssigneeId);
        var rows = await Due[shape].For(db)(db, scope.AssigneeId, viewer.UserId, viewer.RestrictedSince, scope.Horizon, DateOnly.MaxValue).ToListAsync(ct);

        var title = l["Work.FollowUp.Contact"].Value;
        return rows.Select(c => new WorkItem(Kind, title, c.Code, c.FollowUpOn, null, new WorkLink("Cases", "Details", "caseId", c.Id))).ToList();
    }

    /// <summary>
    /// Compiled from the work list's rule, one query for each shape (<see cref="CompiledRule"/>): Moj rad and the home
    /// page ask it on every view. The due day is compared through COALESCE (no follow-up: due <c>never</c>,
    /// the last day there is) so that no index of the cases serves it: with the (status, follow-up day) index usable
    /// SQLite, without statistics, preferred it to the key and searched the Centre's closed cases once for each of the
    /// person's cases (0.8 s of a caseworker's home at 10,000 cases).
    /// </summary>
    private static readonly IReadOnlyDictionary<WorkShape, CompiledPerModel<Func<AppDbContext, string, string, DateTime, DateOnly, DateOnly, IAsyncEnumerable<FollowUp>>>> Due =
        CaseAccess.PerWorkShape((db, shape) => CompiledRule.List<string, string, DateTime, DateOnly, DateOnly, FollowUp>(
            db, (db, assignee, userId, restrictedSince, horizon, never) =>
                CaseAccess.WorkOf(db, shape, assignee, userId, restrictedSince).AsNoTracking()
                    .Where(c => c.Status == CaseStatus.Closed && (c.FollowUpOn ?? never) <= horizon)
                    .OrderBy(c => c.FollowUpOn)
                    .Take(IWorkSource.MaxItems)
                    .Select(c => new FollowUp(c.Id, c.Code, c.FollowUpOn!.Value))));

    private sealed record FollowUp(Guid Id, string Code, DateOnly FollowUpOn);
}
