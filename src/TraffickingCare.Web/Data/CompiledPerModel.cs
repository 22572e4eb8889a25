using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace TraffickingCare.Web.Data;

/// <summary>
/// An EF compiled query (<c>EF.CompileAsyncQuery</c>), compiled once for each model it runs against; or anything else
/// built once from a model for every request (the statement that writes a read's audit row).
/// </summary>
/// <remarks>
/// A compiled query skips what EF does for every other query on every run: building the query's expression tree,
/// extracting its parameters and finding its cached plan. That is worth it for a query that runs on every request
/// or nearly (the session check, the code lists, the bulk-view watch) or on every showing of a form (the partner
/// options of the service and visit forms), where it cost more CPU than SQLite's own work
/// (docs/performance.md). EF runs a compiled query against the one model it was compiled for, and the app's model is
/// one per key ring (<see cref="AppModelCacheKeyFactory"/>): two hosts in one process (the tests) each get their own.
/// </remarks>
internal sealed class CompiledPerModel<TQuery>(Func<DbContext, TQuery> compile)
    where TQuery : class
{
    private readonly ConditionalWeakTable<IModel, TQuery> compiled = [];

    public CompiledPerModel(Func<TQuery> compile)
        : this(_ => compile())
    {
    }

    /// <remarks>
    /// A query put together from what the host registered (the support network's contact sources) is compiled from
    /// the context of its first run: <c>new(db => ...)</c>, held by the one instance that holds those sources.
    /// </remarks>
    public TQuery For(DbContext db) => compiled.GetValue(db.Model, _ => compile(db));
}

/// <summary>One compiled query for each shape a rule takes (a reach of the case rule, a work list's shape), each compiled for each model.</summary>
internal static class CompiledPerModel
{
    /// <summary>The table of compiled queries a caller picks from by its viewer's shape; <paramref name="compile"/> builds the one of a shape.</summary>
    public static IReadOnlyDictionary<TShape, CompiledPerModel<TQuery>> PerShape<TShape, TQuery>(IEnumerable<TShape> shapes, Func<DbContext, TShape, TQuery> compile)
        where TShape : notnull
        where TQuery : class =>
        shapes.ToDictionary(shape => shape, shape => new CompiledPerModel<TQuery>(db => compile(db, shape)));
}
