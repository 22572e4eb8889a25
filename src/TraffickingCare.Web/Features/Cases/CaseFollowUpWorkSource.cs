using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using TraffickingCare.Domain.Cases;
using TraffickingCare.Web.Features.Shared.Access;
using TraffickingCare.Web.Features.Shared.Work;
using TraffickingCare.Web.Identity;
using TraffickingCare.Web.Resources;

namespace TraffickingCare.Web.Features.Cases;

/// <summary>The follow-up contacts agreed at closure that fall to the assignee's team, due up to the horizon (missed ones included).</summary>
public sealed class CaseFollowUpWorkSource(CaseAccess cases, IStringLocalizer<SharedResource> l) : IWorkSource
{
    public const string Kind = "Work.Kind.FollowUp";

    public async Task<IReadOnlyList<WorkItem>> ListAsync(WorkScope scope, CancellationToken ct)
    {
        if (!scope.Viewer.Meets(Policies.CaseEditors))
        {
            return [];
        }

        var assignee = scope.AssigneeId;
        // The due day is compared through COALESCE (no follow-up: never due) so that no index of the cases serves it:
        // with the (status, follow-up day) index usable SQLite, without statistics, preferred it to the key and searched
        // the Centre's closed cases once for each of the person's cases (0.8 s of a caseworker's home at 10,000 cases).
        var rows = await cases.WorkOf(scope.Viewer, assignee).AsNoTracking()
            .Where(c => c.Status == CaseStatus.Closed && (c.FollowUpOn ?? DateOnly.MaxValue) <= scope.Horizon)
            .OrderBy(c => c.FollowUpOn)
            .Take(IWorkSource.MaxItems)
            .Select(c => new { c.Id, c.Code, FollowUpOn = c.FollowUpOn!.Value })
            .ToListAsync(ct);

        var title = l["Work.FollowUp.Contact"].Value;
        return rows.Select(c => new WorkItem(Kind, title, c.Code, c.FollowUpOn, null, new WorkLink("Cases", "Details", "caseId", c.Id))).ToList();
    }
}
