using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using TraffickingCare.Domain.Cases;
using TraffickingCare.Web.Data;
using TraffickingCare.Web.Features.Shared.Access;
using TraffickingCare.Web.Features.Shared.Work;
using TraffickingCare.Web.Infrastructure.Time;
using TraffickingCare.Web.Resources;

namespace TraffickingCare.Web.Features.FieldVisits;

/// <summary>
/// "Moj rad": the next steps of field visits due by the horizon on open cases the assignee works on (lead or team).
/// A next step stands until a later visit on the case (or an amendment of this one) follows it. The title names the
/// visit's day, never the step's text (it is the person's story).
/// </summary>
public sealed class FieldVisitWorkSource(AppDbContext db, CaseAccess access, IStringLocalizer<SharedResource> l) : IWorkSource
{
    public async Task<IReadOnlyList<WorkItem>> ListAsync(WorkScope scope, CancellationToken ct)
    {
        var assignee = scope.AssigneeId;
        var cases = access.WorkOf(scope.Viewer, assignee).Where(c => c.Status != CaseStatus.Closed);
        var due = await db.FieldVisits.AsNoTracking()
            .Where(v => v.NextStepOn != null && v.NextStepOn <= scope.Horizon
                && !db.FieldVisits.Any(later => later.CaseId == v.CaseId && (later.On > v.On || later.AmendsVisitId == v.Id)))
            .Join(cases, v => v.CaseId, c => c.Id, (v, c) => new { v.CaseId, c.Code, v.On, Due = v.NextStepOn!.Value })
            .OrderBy(x => x.Due)
            .Take(IWorkSource.MaxItems)
            .ToListAsync(ct);
        return [.. due.Select(x => new WorkItem(
            "FieldVisits.WorkKind", l["FieldVisits.WorkTitle", CentreClock.FormatDate(x.On)], x.Code, x.Due, null, new WorkLink("FieldVisits", "Index", "caseId", x.CaseId)))];
    }
}
