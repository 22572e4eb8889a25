using Microsoft.Extensions.Options;
using TraffickingCare.Domain.Cases;
using TraffickingCare.Domain.Identification;
using TraffickingCare.Web.Data;
using TraffickingCare.Web.Infrastructure.Time;

namespace TraffickingCare.Web.Features.Decisions;

/// <summary>
/// The one rule for "identification decision overdue", as a filter the database runs: a case still
/// awaiting its decision (open or presumed victim: a decided, suspended or closed case has stopped
/// the clock), without a final findings and opinion, past either target. The panel target counts only
/// once formal identification has started (the case's first findings exists).
/// </summary>
public sealed class DecisionClock(AppDbContext db, CentreClock clock, IOptions<IdentificationOptions> options)
{
    public IQueryable<CaseFile> Overdue(IQueryable<CaseFile> cases)
    {
        // Deadlines compared as "started before now minus the target", so no date arithmetic runs in SQL.
        var now = clock.UtcNow;
        var procedureStartedBefore = now - options.Value.ProcedureTarget;
        var panelStartedBefore = now - options.Value.PanelDecisionTarget;
        return cases.Where(c =>
            (c.Status == CaseStatus.Open || c.Status == CaseStatus.PresumedVictim)
            && !db.Findings.Any(f => f.CaseId == c.Id && f.Status == FindingsStatus.Final)
            && ((db.Referrals.Where(r => r.Id == c.ReferralId).Select(r => (DateTime?)r.ReceivedAtUtc).FirstOrDefault() ?? c.OpenedAtUtc) < procedureStartedBefore
                || db.Findings.Any(f => f.CaseId == c.Id && f.Revision == 1 && f.CreatedAtUtc < panelStartedBefore)));
    }
}
