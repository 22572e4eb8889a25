using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using TraffickingCare.Domain.Support;
using TraffickingCare.Web.Data;
using TraffickingCare.Web.Features.Shared.Contacts;

namespace TraffickingCare.Web.Features.Network;

/// <summary>
/// The days the team met partners, from every feature that registered an <see cref="IContactMomentSource"/>
/// (services, field visits, conferences), concatenated into one query (UNION ALL). The network's queries use it as
/// a correlated subquery (the latest moment per case and partner), so a case's network, or a caseworker's stale
/// contacts, stay one SQL command however many sources there are. Null while no feature has registered a source:
/// then only the contacts entered by hand count and no subquery is built.
/// </summary>
public sealed class NetworkContactDates(IEnumerable<IContactMomentSource> sources)
{
    public IQueryable<ContactMoment>? Moments(AppDbContext db) => Union(sources, db);

    private static IQueryable<ContactMoment>? Union(IEnumerable<IContactMomentSource> sources, AppDbContext db)
    {
        IQueryable<ContactMoment>? all = null;
        foreach (var source in sources)
        {
            all = all is null ? source.Moments(db) : all.Concat(source.Moments(db));
        }

        return all;
    }

    /// <summary>
    /// The latest moment per partner on one case across every source: one grouped UNION ALL, compiled once for these
    /// sources and each model (the app holds one instance, a singleton, as the sources hold no state), as the case
    /// page asks it on every view and EF otherwise walked, hashed and looked up the union's tree each time: a third of
    /// the network panel's processor time. Empty while no feature registered a source.
    /// </summary>
    public async Task<Dictionary<Guid, DateOnly>> LatestOfCaseAsync(AppDbContext db, Guid caseId, CancellationToken ct)
    {
        if (!sources.Any())
        {
            return [];
        }

        var latest = new Dictionary<Guid, DateOnly>();
        await foreach (var row in latestOfCase.For(db)(db, caseId).WithCancellation(ct))
        {
            latest[row.PartnerId] = row.On;
        }

        return latest;
    }

    // The union is put together only to compile it: built on every view, its tree cost more than the query.
    private readonly CompiledPerModel<Func<AppDbContext, Guid, IAsyncEnumerable<PartnerMoment>>> latestOfCase =
        new(db => CompileLatestOfCase(Union(sources, (AppDbContext)db)!));

    // The union's tree comes from the sources, so the case filter is written as a tree around it, its case a parameter
    // of the compiled query. The union holds no reference to a context: its roots are the entity sets.
    private static Func<AppDbContext, Guid, IAsyncEnumerable<PartnerMoment>> CompileLatestOfCase(IQueryable<ContactMoment> moments)
    {
        var db = Expression.Parameter(typeof(AppDbContext), "db");
        var caseId = Expression.Parameter(typeof(Guid), "caseId");
        var moment = Expression.Parameter(typeof(ContactMoment), "m");
        var ofCase = Expression.Lambda<Func<ContactMoment, bool>>(Expression.Equal(Expression.Property(moment, nameof(ContactMoment.CaseId)), caseId), moment);
        var query = moments.Where(ofCase).GroupBy(m => m.PartnerId).Select(g => new PartnerMoment(g.Key, g.Max(m => m.On)));
        return EF.CompileAsyncQuery(Expression.Lambda<Func<AppDbContext, Guid, IQueryable<PartnerMoment>>>(query.Expression, db, caseId));
    }

    private sealed record PartnerMoment(Guid PartnerId, DateOnly On);

    /// <summary>
    /// The actors with no contact moment on or after <paramref name="since"/> in any source: one NOT EXISTS per
    /// source, correlated by case and partner, so each is a search of that source's case index (never the UNION ALL
    /// of <see cref="Moments"/>, which SQLite materialises for the whole Centre), and the caller's list stays one SQL
    /// command it can bound. An actor without a partner has no derived contacts and always passes.
    /// </summary>
    public IQueryable<NetworkActor> WithoutMomentSince(AppDbContext db, IQueryable<NetworkActor> actors, DateOnly since)
    {
        foreach (var source in sources)
        {
            var moments = source.Moments(db);
            actors = actors.Where(a => a.PartnerId == null || !moments.Any(m => m.CaseId == a.CaseId && m.PartnerId == a.PartnerId && m.On >= since));
        }

        return actors;
    }

    /// <summary>
    /// The latest moment per case and partner on the given cases, one grouped query per source. For lists over many
    /// cases ("Moj rad"): SQLite cannot push a correlated case filter into the UNION ALL of <see cref="Moments"/>, so it
    /// would copy every source's rows of the whole Centre into a temporary index on each request (1.8 s at 50,000 cases).
    /// Filtered first by case, each source reads only its own index. The cases are ones the caller read through the case
    /// access rule. Each source's query is compiled once (<see cref="CompiledRule"/>): Moj rad asks them on every view.
    /// </summary>
    public async Task<Dictionary<(Guid CaseId, Guid PartnerId), DateOnly>> LatestAsync(AppDbContext db, List<Guid> caseIds, CancellationToken ct)
    {
        var latest = new Dictionary<(Guid CaseId, Guid PartnerId), DateOnly>();
        foreach (var ofSource in latestOfCases.For(db))
        {
            await foreach (var row in ofSource(db, caseIds).WithCancellation(ct))
            {
                if (!latest.TryGetValue((row.CaseId, row.PartnerId), out var on) || row.On > on)
                {
                    latest[(row.CaseId, row.PartnerId)] = row.On;
                }
            }
        }

        return latest;
    }

    private readonly CompiledPerModel<Func<AppDbContext, List<Guid>, IAsyncEnumerable<CasePartnerMoment>>[]> latestOfCases =
        new(db => [.. sources.Select(source => CompiledRule.List<List<Guid>, CasePartnerMoment>(db, (db, caseIds) =>
            source.Moments(db).Where(m => caseIds.Contains(m.CaseId))
                .GroupBy(m => new { m.CaseId, m.PartnerId })
                .Select(g => new CasePartnerMoment(g.Key.CaseId, g.Key.PartnerId, g.Max(m => m.On)))))]);

    private sealed record CasePartnerMoment(Guid CaseId, Guid PartnerId, DateOnly On);
}
