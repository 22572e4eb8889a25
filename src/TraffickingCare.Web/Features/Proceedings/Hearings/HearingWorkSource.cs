using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using TraffickingCare.Web.Data;
using TraffickingCare.Web.Features.Shared.Work;
using TraffickingCare.Web.Infrastructure.Time;
using TraffickingCare.Web.Resources;

namespace TraffickingCare.Web.Features.Proceedings.Hearings;

/// <summary>
/// "Moj rad": the hearings from now to the scope's horizon of the cases the assignee works on (lead or team), or
/// where the assignee escorts the person; only of cases the viewer may see. One query.
/// </summary>
public sealed class HearingWorkSource(AppDbContext db, ProceedingScope scope, IStringLocalizer<SharedResource> l) : IWorkSource
{
    public const string KindKey = "Proceedings.Work.Hearing";

    public async Task<IReadOnlyList<WorkItem>> ListAsync(WorkScope work, CancellationToken ct)
    {
        var assignee = work.AssigneeId;
        var untilUtc = CentreClock.ToUtc(work.Horizon.AddDays(1), TimeOnly.MinValue);
        var fromUtc = CentreClock.ToUtc(work.Today, TimeOnly.MinValue);
        var rows = await scope.VisibleHearings(work.Viewer).AsNoTracking()
            .Where(h => h.StartsAtUtc >= fromUtc && h.StartsAtUtc < untilUtc)
            .Where(h => h.EscortUserId == assignee
                || db.Cases.Any(c => c.Id == h.CaseId && (c.LeadCaseworkerId == assignee || c.Team.Any(m => m.UserId == assignee))))
            .OrderBy(h => h.StartsAtUtc)
            .Take(IWorkSource.MaxItems)
            .Select(h => new
            {
                h.Id,
                h.StartsAtUtc,
                h.Kind,
                Code = db.Cases.Where(c => c.Id == h.CaseId).Select(c => c.Code).First(),
                Court = db.Partners.Where(c => c.Id == h.CourtId).Select(c => c.Name).FirstOrDefault(),
                Escorting = h.EscortUserId == assignee,
            })
            .ToListAsync(ct);
        return [.. rows.Select(r =>
        {
            var local = CentreClock.ToLocal(r.StartsAtUtc);
            var title = l[r.Escorting ? "Proceedings.Work.HearingEscort" : "Proceedings.Work.HearingTitle", l["Proceedings.HearingKind." + r.Kind], r.Court ?? string.Empty];
            return new WorkItem(KindKey, title, r.Code, DateOnly.FromDateTime(local), TimeOnly.FromDateTime(local), new WorkLink("Hearings", "Hearing", "hearingId", r.Id));
        })];
    }
}
