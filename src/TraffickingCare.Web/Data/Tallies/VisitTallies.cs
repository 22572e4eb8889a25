using Microsoft.EntityFrameworkCore;
using TraffickingCare.Domain.Support;

namespace TraffickingCare.Web.Data.Tallies;

/// <summary>
/// Keeps <see cref="VisitTally"/> equal to a recount of the field visits, written by <see cref="AppDbContext"/>'s save
/// in the transaction of the change, as <see cref="ServiceTallies"/> keeps the services': a changed case's tallies are
/// recounted from all its visits, never adjusted by one. The counting rule is the annual report's
/// (docs/statistics.md): a visit counts unless it is deleted or a visit that is not deleted amends it.
/// </summary>
internal static class VisitTallies
{
    /// <summary>The cases whose field visits this save adds, changes or deletes.</summary>
    public static List<Guid> CasesChangedIn(DbContext db) => ServiceTallies.CasesWriting<FieldVisit>(db, v => v.CaseId);

    /// <summary>Recounts the cases' tallies from their visits as saved; run after the visits are written.</summary>
    public static async Task RecountAsync(AppDbContext db, List<Guid> caseIds, CancellationToken ct)
    {
        // One JSON parameter for the ids, and rows written as SQL: see ServiceTallies.
        var tallies = await db.FieldVisits.AsNoTracking()
            .Where(v => EF.Parameter(caseIds).Contains(v.CaseId) && !db.FieldVisits.Any(a => a.AmendsVisitId == v.Id))
            .GroupBy(v => new { v.CaseId, v.On.Year })
            .Select(g => new VisitTally(g.Key.CaseId, g.Key.Year, g.Count()))
            .ToListAsync(ct);
        await db.VisitTallies.Where(t => EF.Parameter(caseIds).Contains(t.CaseId)).ExecuteDeleteAsync(ct);
        await AddedRowsWriter.InsertAsync(db, tallies, ct);
    }
}
