using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using TraffickingCare.Domain.Proceedings;
using TraffickingCare.Web.Data;
using TraffickingCare.Web.Features.Shared.Access;
using TraffickingCare.Web.Features.Shared.Work;
using TraffickingCare.Web.Infrastructure.Time;
using TraffickingCare.Web.Resources;

namespace TraffickingCare.Web.Features.Proceedings.Hearings;

/// <summary>
/// "Moj rad": the hearings from now to the scope's horizon of the cases the assignee works on (lead or team), or
/// where the assignee escorts the person; only of cases the viewer may see. One query.
/// </summary>
public sealed class HearingWorkSource(AppDbContext db, CaseAccess access, IStringLocalizer<SharedResource> l) : IWorkSource
{
    public const string KindKey = "Proceedings.Work.Hearing";

    public async Task<IReadOnlyList<WorkItem>> ListAsync(WorkScope work, CancellationToken ct)
    {
        var untilUtc = CentreClock.ToUtc(work.Horizon.AddDays(1), TimeOnly.MinValue);
        var fromUtc = CentreClock.ToUtc(work.Today, TimeOnly.MinValue);
        var viewer = access.ViewerOf(work.Viewer);
        var rows = await Due[viewer.Reach].For(db)(db, work.AssigneeId, viewer.UserId, viewer.RestrictedSince, fromUtc, untilUtc).ToListAsync(ct);
        return [.. rows.Select(r =>
        {
            var local = CentreClock.ToLocal(r.StartsAtUtc);
            var title = l[r.Escorting ? "Proceedings.Work.HearingEscort" : "Proceedings.Work.HearingTitle", l["Proceedings.HearingKind." + r.Kind], r.Court ?? string.Empty];
            return new WorkItem(KindKey, title, r.Code, DateOnly.FromDateTime(local), TimeOnly.FromDateTime(local), new WorkLink("Hearings", "Hearing", "hearingId", r.Id));
        })];
    }

    /// <summary>Compiled from the hearings' rule, one query for each reach (<see cref="CompiledRule"/>): Moj rad asks it on every view.</summary>
    private static readonly IReadOnlyDictionary<CaseReach, CompiledPerModel<Func<AppDbContext, string, string, DateTime, DateTime, DateTime, IAsyncEnumerable<DueHearing>>>> Due =
        CaseAccess.PerReach((db, reach) => CompiledRule.List<string, string, DateTime, DateTime, DateTime, DueHearing>(
            db, (db, assignee, userId, restrictedSince, fromUtc, untilUtc) =>
                ProceedingScope.VisibleHearings(db, reach, userId, restrictedSince).AsNoTracking()
                    .Where(h => h.StartsAtUtc >= fromUtc && h.StartsAtUtc < untilUtc)
                    .Where(h => h.EscortUserId == assignee
                        || db.Cases.Any(c => c.Id == h.CaseId && (c.LeadCaseworkerId == assignee || c.Team.Any(m => m.UserId == assignee))))
                    .OrderBy(h => h.StartsAtUtc)
                    .Take(IWorkSource.MaxItems)
                    .Select(h => new DueHearing(
                        h.Id,
                        h.StartsAtUtc,
                        h.Kind,
                        db.Cases.Where(c => c.Id == h.CaseId).Select(c => c.Code).First(),
                        db.Partners.Where(c => c.Id == h.CourtId).Select(c => c.Name).FirstOrDefault(),
                        h.EscortUserId == assignee))));

    private sealed record DueHearing(Guid Id, DateTime StartsAtUtc, HearingKind Kind, string Code, string? Court, bool Escorting);
}
