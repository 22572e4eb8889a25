using TraffickingCare.Domain.Cases;
using TraffickingCare.Domain.Identification;
using TraffickingCare.Web.Data;

namespace TraffickingCare.Web.Features.Reports.Annual;

/// <summary>
/// The one definition of "identified, and when" the report and management's dashboard count by: cases whose decision
/// as it stands is "identified" (a closed case by its status before closing), dated by the case's first approved
/// "identified" decision (a correction that keeps the decision does not move the date).
/// </summary>
internal static class IdentifiedCases
{
    public static IQueryable<IdentifiedCase> Of(AppDbContext db)
    {
        var identifiedOn = db.Findings
            .Where(f => f.Status == FindingsStatus.Final && f.Decision == IdentificationDecision.Identified && f.DecidedOn != null)
            .GroupBy(f => f.CaseId)
            .Select(g => new { CaseId = g.Key, On = g.Min(f => f.DecidedOn!.Value) });
        return from c in db.Cases
               join d in identifiedOn on c.Id equals d.CaseId
               where c.Status == CaseStatus.IdentifiedVictim || (c.Status == CaseStatus.Closed && c.StatusBeforeClosure == CaseStatus.IdentifiedVictim)
               select new IdentifiedCase { Code = c.Code, Person = c.PersonIdentityId ?? c.Id, On = d.On };
    }
}

/// <summary>An identified case: its code, its person (the identity record, or the case itself without one), the day.</summary>
internal sealed class IdentifiedCase
{
    public string Code { get; init; } = string.Empty;

    public Guid Person { get; init; }

    public DateOnly On { get; init; }
}
