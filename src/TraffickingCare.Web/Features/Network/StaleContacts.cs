using Microsoft.EntityFrameworkCore;
using TraffickingCare.Domain.Cases;
using TraffickingCare.Domain.Partners;
using TraffickingCare.Web.Data;
using TraffickingCare.Web.Features.Shared.Access;

namespace TraffickingCare.Web.Features.Network;

/// <summary>
/// The actors on the open cases of a person's work list whose last contact has gone stale: compiled from the work
/// list's rule (<see cref="CompiledRule"/>), one query for each of its shapes, and held by one instance (a singleton)
/// because the query takes in the registered contact sources. Moj rad and a caseworker's home ask it on every view;
/// built on each, EF walked and looked up the sources' trees every time (docs/performance.md).
/// </summary>
public sealed class StaleContacts(NetworkContactDates dates)
{
    /// <summary>
    /// Read as a stream with no ORDER BY, for the caller to stop at its limit: SQLite then stops at the limit's
    /// stale actor instead of testing every actor of every case to sort them first (a caseworker of the 100,000-case
    /// benchmark leads 18,000 open cases: 5 s of CPU with the sort).
    /// </summary>
    public IAsyncEnumerable<StaleActor> Of(AppDbContext db, WorkShape shape, string assigneeId, CaseViewer viewer, DateOnly freshSince) =>
        stale[shape].For(db)(db, assigneeId, viewer.UserId, viewer.RestrictedSince, freshSince);

    private readonly IReadOnlyDictionary<WorkShape, CompiledPerModel<Func<AppDbContext, string, string, DateTime, DateOnly, IAsyncEnumerable<StaleActor>>>> stale =
        CaseAccess.PerWorkShape((db, shape) => CompiledRule.List<string, string, DateTime, DateOnly, StaleActor>(db, (db, assignee, userId, restrictedSince, freshSince) =>
            dates.WithoutMomentSince(
                    db,
                    // From the assignee's cases to their actors (the (CaseId, EndedOn, ...) index), never every actor of the Centre.
                    CaseAccess.WorkOf(db, shape, assignee, userId, restrictedSince).Where(c => c.Status != CaseStatus.Closed)
                        .SelectMany(c => db.NetworkActors.Where(a => a.CaseId == c.Id && a.EndedOn == null && (a.LastContactOn == null || a.LastContactOn < freshSince))),
                    freshSince)
                .AsNoTracking()
                .Select(a => new StaleActor(
                    a.CaseId,
                    a.PartnerId,
                    a.Sector,
                    a.LastContactOn,
                    a.CreatedAtUtc,
                    db.Cases.Where(c => c.Id == a.CaseId).Select(c => c.Code).First(),
                    db.Partners.Where(p => p.Id == a.PartnerId).Select(p => p.Name).FirstOrDefault()))));
}

/// <summary>An actor whose contact has gone stale, with its case's code and its partner's name.</summary>
public sealed record StaleActor(Guid CaseId, Guid? PartnerId, Sector Sector, DateOnly? LastContactOn, DateTime CreatedAtUtc, string Code, string? Partner);
