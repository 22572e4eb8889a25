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
        var (shape, viewer) = access.WorkViewerOf(scope.Viewer, scope.AssigneeId);
        var due = await Dues[shape].For(db)(db, scope.AssigneeId, viewer.UserId, viewer.RestrictedSince, scope.Horizon).ToListAsync(ct);
        return [.. due.Select(x => new WorkItem(
            "FieldVisits.WorkKind", l["FieldVisits.WorkTitle", CentreClock.FormatDate(x.On)], x.Code, x.Due, null, new WorkLink("FieldVisits", "Index", "caseId", x.CaseId)))];
    }

    /// <summary>Compiled from the work list's rule, one query for each of its shapes (<see cref="CompiledRule"/>): Moj rad asks it on every view.</summary>
    private static readonly IReadOnlyDictionary<WorkShape, CompiledPerModel<Func<AppDbContext, string, string, DateTime, DateOnly, IAsyncEnumerable<DueStep>>>> Dues =
        CaseAccess.PerWorkShape((db, shape) => CompiledRule.List<string, string, DateTime, DateOnly, DueStep>(db, (db, assignee, userId, restrictedSince, horizon) =>
            db.FieldVisits.AsNoTracking()
                .Where(v => v.NextStepOn != null && v.NextStepOn <= horizon
                    && !db.FieldVisits.Any(later => later.CaseId == v.CaseId && (later.On > v.On || later.AmendsVisitId == v.Id)))
                .Join(
                    CaseAccess.WorkOf(db, shape, assignee, userId, restrictedSince).Where(c => c.Status != CaseStatus.Closed),
                    v => v.CaseId, c => c.Id, (v, c) => new { v.CaseId, c.Code, v.On, Due = v.NextStepOn!.Value })
                .OrderBy(x => x.Due)
                .Take(IWorkSource.MaxItems)
                .Select(x => new DueStep(x.CaseId, x.Code, x.On, x.Due))));

    private sealed record DueStep(Guid CaseId, string Code, DateOnly On, DateOnly Due);
}
