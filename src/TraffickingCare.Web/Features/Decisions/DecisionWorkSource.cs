using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using TraffickingCare.Web.Data;
using TraffickingCare.Web.Features.Shared.Access;
using TraffickingCare.Web.Features.Shared.Deadlines;
using TraffickingCare.Web.Features.Shared.Work;
using TraffickingCare.Web.Identity;
using TraffickingCare.Web.Infrastructure.Time;
using TraffickingCare.Web.Resources;

namespace TraffickingCare.Web.Features.Decisions;

/// <summary>
/// Cases on the assignee's team whose identification decision is overdue by the decision clock, due at the first
/// target they missed. Only the team (and the coordinator, looking at a member's list) has this work.
/// </summary>
public sealed class DecisionWorkSource(AppDbContext db, CaseAccess cases, DecisionClock decisions, IOptions<IdentificationOptions> options, IStringLocalizer<SharedResource> l) : IWorkSource
{
    public const string Kind = "Work.Kind.Decision";

    public async Task<IReadOnlyList<WorkItem>> ListAsync(WorkScope scope, CancellationToken ct)
    {
        if (!scope.Viewer.Meets(Policies.CaseEditors))
        {
            return [];
        }

        var (shape, viewer) = cases.WorkViewerOf(scope.Viewer, scope.AssigneeId);
        var (procedureStartedBefore, panelStartedBefore) = decisions.Thresholds();
        var rows = await Overdue[shape].For(db)(db, scope.AssigneeId, viewer.UserId, viewer.RestrictedSince, procedureStartedBefore, panelStartedBefore)
            .ToListAsync(ct);

        var title = l["Work.Decision.Overdue"].Value;
        return rows.Select(c =>
        {
            var procedure = c.ProcedureStartedAtUtc + options.Value.ProcedureTarget;
            var panel = c.FormalIdentificationStartedAtUtc + options.Value.PanelDecisionTarget;
            var due = CentreClock.ToLocal(panel is { } p && p < procedure ? p : procedure);
            return new WorkItem(Kind, title, c.Code, DateOnly.FromDateTime(due), TimeOnly.FromDateTime(due), new WorkLink("Identification", "Case", "caseId", c.Id));
        }).ToList();
    }

    /// <summary>Compiled from the work list's rule and the decision clock's, one query for each shape (<see cref="CompiledRule"/>): Moj rad asks it on every view.</summary>
    private static readonly IReadOnlyDictionary<WorkShape, CompiledPerModel<Func<AppDbContext, string, string, DateTime, DateTime, DateTime, IAsyncEnumerable<OverdueCase>>>> Overdue =
        CaseAccess.PerWorkShape((db, shape) => CompiledRule.List<string, string, DateTime, DateTime, DateTime, OverdueCase>(
            db, (db, assignee, userId, restrictedSince, procedureStartedBefore, panelStartedBefore) =>
                DecisionClock.Overdue(CaseAccess.WorkOf(db, shape, assignee, userId, restrictedSince), procedureStartedBefore, panelStartedBefore).AsNoTracking()
                    .OrderBy(c => c.ProcedureStartedAtUtc)
                    .Take(IWorkSource.MaxItems)
                    .Select(c => new OverdueCase(c.Id, c.Code, c.ProcedureStartedAtUtc, c.FormalIdentificationStartedAtUtc))));

    private sealed record OverdueCase(Guid Id, string Code, DateTime ProcedureStartedAtUtc, DateTime? FormalIdentificationStartedAtUtc);
}
