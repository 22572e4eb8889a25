using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using TraffickingCare.Domain.Referrals;
using TraffickingCare.Web.Data;
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
public sealed class ReferralWorkSource(AppDbContext db, IStringLocalizer<SharedResource> l) : IWorkSource
{
    public const string Kind = "Work.Kind.Referral";

    public async Task<IReadOnlyList<WorkItem>> ListAsync(WorkScope scope, CancellationToken ct)
    {
        if (!scope.Viewer.Meets(Policies.CaseEditors))
        {
            return [];
        }

        var assignee = scope.AssigneeId;
        var (reach, userId) = ReferralAccess.ReaderOf(scope.Viewer);
        var unassignedToo = ReferralAccess.Triages(scope.Viewer) && assignee == scope.Viewer.GetUserId();
        var before = CentreClock.ToUtc(scope.Horizon.AddDays(1), TimeOnly.MinValue);
        var rows = await Due[(reach, unassignedToo)].For(db)(db, assignee, userId, before).ToListAsync(ct);

        var title = l["Work.Referral.Triage"].Value;
        return rows.Select(r =>
        {
            var local = CentreClock.ToLocal(r.TriageDeadlineUtc);
            return new WorkItem(Kind, title, null, DateOnly.FromDateTime(local), TimeOnly.FromDateTime(local), new WorkLink("Referrals", "Details", "referralId", r.Id));
        }).ToList();
    }

    /// <summary>
    /// Compiled from the referral rule (<see cref="CompiledRule"/>), one query for each reach and for whether the unassigned
    /// ones are listed too (the coordinator's own list): Moj rad asks it on every view.
    /// </summary>
    private static readonly IReadOnlyDictionary<(ReferralReach Reach, bool UnassignedToo), CompiledPerModel<Func<AppDbContext, string, string, DateTime, IAsyncEnumerable<DueReferral>>>> Due =
        CompiledPerModel.PerShape(
            Enum.GetValues<ReferralReach>().SelectMany(reach => new[] { (Reach: reach, UnassignedToo: false), (Reach: reach, UnassignedToo: true) }),
            (context, shape) => CompiledRule.List<string, string, DateTime, DueReferral>(context, (db, assignee, userId, before) =>
            {
                var waiting = ReferralAccess.Visible(db, shape.Reach, userId).AsNoTracking()
                    .Where(r => r.Status == ReferralStatus.AwaitingTriage && r.TriageDeadlineUtc < before);
                return (shape.UnassignedToo ? waiting.Where(r => r.AssigneeId == assignee || r.AssigneeId == null) : waiting.Where(r => r.AssigneeId == assignee))
                    .OrderBy(r => r.TriageDeadlineUtc)
                    .Take(IWorkSource.MaxItems)
                    .Select(r => new DueReferral(r.Id, r.TriageDeadlineUtc));
            }));

    private sealed record DueReferral(Guid Id, DateTime TriageDeadlineUtc);
}
