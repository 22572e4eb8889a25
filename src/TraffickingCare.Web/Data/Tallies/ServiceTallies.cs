using Microsoft.EntityFrameworkCore;
using TraffickingCare.Domain.Support;

namespace TraffickingCare.Web.Data.Tallies;

/// <summary>
/// Keeps <see cref="ServiceTally"/> equal to a recount of the services, written by <see cref="AppDbContext"/>'s save in
/// the transaction of the change. A changed case's tallies are recounted from all its services, never adjusted by one,
/// so an amendment, a corrected day or type and a deletion all come out right. The counting rule is the annual
/// report's (docs/statistics.md): a service counts unless it is deleted or a service that is not deleted amends it.
/// </summary>
internal static class ServiceTallies
{
    /// <summary>The cases whose services this save adds, changes or deletes.</summary>
    public static List<Guid> CasesChangedIn(DbContext db) => CasesWriting<CaseService>(db, s => s.CaseId);

    /// <summary>The cases whose records of one kind this save adds, changes or deletes (services, field visits).</summary>
    internal static List<Guid> CasesWriting<T>(DbContext db, Func<T, Guid> caseOf)
        where T : class =>
        [.. db.ChangeTracker.Entries<T>()
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            .Select(e => caseOf(e.Entity))
            .Distinct()];

    /// <summary>Recounts the cases' tallies from their services as saved; run after the services are written.</summary>
    public static async Task RecountAsync(AppDbContext db, List<Guid> caseIds, CancellationToken ct)
    {
        // EF.Parameter sends the ids as one JSON parameter: an import batch's 2,000 cases as separate parameters
        // would come near SQL Server's limit of 2,100.
        var tallies = await db.CaseServices.AsNoTracking()
            .Where(s => EF.Parameter(caseIds).Contains(s.CaseId) && !db.CaseServices.Any(a => a.AmendsServiceId == s.Id))
            .GroupBy(s => new { s.CaseId, s.TypeCode, s.On.Year })
            .Select(g => new ServiceTally(g.Key.CaseId, g.Key.TypeCode, g.Key.Year, g.Count()))
            .ToListAsync(ct);
        await db.ServiceTallies.Where(t => EF.Parameter(caseIds).Contains(t.CaseId)).ExecuteDeleteAsync(ct);

        // Written as SQL rather than through the change tracker: the save that called this has not yet accepted its
        // changes (so that a retried or failed save can run again), and a tracked insert would send them a second time.
        await AddedRowsWriter.InsertAsync(db, tallies, ct);
    }
}
