using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using TraffickingCare.Domain.Referrals;
using TraffickingCare.Web.Features.Shared.Access;
using TraffickingCare.Web.Features.Shared.Work;
using TraffickingCare.Web.Identity;
using TraffickingCare.Web.Infrastructure.Mvc;
using TraffickingCare.Web.Infrastructure.Time;
using TraffickingCare.Web.Resources;

namespace TraffickingCare.Web.Features.Referrals;

/// <summary>
/// Referrals waiting for triage that are the assignee's, due by the rapid-response clock up to the horizon (overdue
/// ones first on the list). The coordinator's own list also holds the unassigned ones: assigning them is their work.
/// </summary>
public sealed class ReferralWorkSource(ReferralAccess access, IStringLocalizer<SharedResource> l) : IWorkSource
{
    public const string Kind = "Work.Kind.Referral";

    public async Task<IReadOnlyList<WorkItem>> ListAsync(WorkScope scope, CancellationToken ct)
    {
        if (!scope.Viewer.Meets(Policies.CaseEditors))
        {
            return [];
        }

        var assignee = scope.AssigneeId;
        var unassignedToo = ReferralAccess.Triages(scope.Viewer) && assignee == scope.Viewer.GetUserId();
        var before = CentreClock.ToUtc(scope.Horizon.AddDays(1), TimeOnly.MinValue);
        var rows = await access.Visible(scope.Viewer).AsNoTracking()
            .Where(r => r.Status == ReferralStatus.AwaitingTriage && r.TriageDeadlineUtc < before
                && (r.AssigneeId == assignee || (unassignedToo && r.AssigneeId == null)))
            .OrderBy(r => r.TriageDeadlineUtc)
            .Take(IWorkSource.MaxItems)
            .Select(r => new { r.Id, r.TriageDeadlineUtc })
            .ToListAsync(ct);

        var title = l["Work.Referral.Triage"].Value;
        return rows.Select(r =>
        {
            var local = CentreClock.ToLocal(r.TriageDeadlineUtc);
            return new WorkItem(Kind, title, null, DateOnly.FromDateTime(local), TimeOnly.FromDateTime(local), new WorkLink("Referrals", "Details", "referralId", r.Id));
        }).ToList();
    }
}
