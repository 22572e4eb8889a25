using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
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
public sealed class DecisionWorkSource(CaseAccess cases, DecisionClock decisions, IOptions<IdentificationOptions> options, IStringLocalizer<SharedResource> l) : IWorkSource
{
    public const string Kind = "Work.Kind.Decision";

    public async Task<IReadOnlyList<WorkItem>> ListAsync(WorkScope scope, CancellationToken ct)
    {
        if (!scope.Viewer.Meets(Policies.CaseEditors))
        {
            return [];
        }

        var assignee = scope.AssigneeId;
        var rows = await decisions.Overdue(cases.WorkOf(scope.Viewer, assignee)).AsNoTracking()
            .OrderBy(c => c.ProcedureStartedAtUtc)
            .Take(IWorkSource.MaxItems)
            .Select(c => new { c.Id, c.Code, c.ProcedureStartedAtUtc, c.FormalIdentificationStartedAtUtc })
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
}
