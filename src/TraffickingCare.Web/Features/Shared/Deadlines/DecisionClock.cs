using Microsoft.Extensions.Options;
using TraffickingCare.Domain.Cases;
using TraffickingCare.Web.Infrastructure.Time;

namespace TraffickingCare.Web.Features.Shared.Deadlines;

/// <summary>
/// The one rule for "identification decision overdue", as a filter the database runs: a case still
/// awaiting its decision (open or presumed victim: an approved decision moves the case on, and a
/// decided, suspended or closed case has stopped the clock), past either target. A suspended
/// procedure taken up again awaits a new decision, so its clock runs from the original start. The panel target counts only
/// once formal identification has started (the case's first findings exists).
/// </summary>
public sealed class DecisionClock(CentreClock clock, IOptions<IdentificationOptions> options)
{
    public IQueryable<CaseFile> Overdue(IQueryable<CaseFile> cases)
    {
        // Deadlines compared as "started before now minus the target", so no date arithmetic runs in SQL.
        var now = clock.UtcNow;
        var procedureStartedBefore = now - options.Value.ProcedureTarget;
        var panelStartedBefore = now - options.Value.PanelDecisionTarget;
        // Status and both start times are columns of the case: a range seek per status on its indexes,
        // no per-case lookup (at 100,000 cases a NOT EXISTS on the findings cost seconds).
        return cases.Where(c =>
            (c.Status == CaseStatus.Open || c.Status == CaseStatus.PresumedVictim)
            && (c.ProcedureStartedAtUtc < procedureStartedBefore || c.FormalIdentificationStartedAtUtc < panelStartedBefore));
    }
}
