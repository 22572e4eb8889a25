using System.Linq.Expressions;
using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Query;

namespace TraffickingCare.Web.Data;

/// <summary>
/// Compiles a query that the shared rules put together (the case access rule, a case's staff) from those rules
/// themselves, so that a query asked on every view is compiled without writing a rule a second time as one expression.
/// </summary>
/// <remarks>
/// The rule builds its query once, with stand-ins for the arguments: values no caller passes (a new Guid, a new
/// string, a random instant or day, a new list of ids). Where the built query holds a stand-in, the compiled query gets its parameter; where it holds the context,
/// the compiled query's context; a query the rule composed is taken in as it is. Anything else the rule captured is
/// refused, because a compiled query would keep it for every later caller (another user's id, yesterday's time): a
/// value that decides the query's shape (a role, a switch) is chosen by the caller, one compiled query a shape
/// (<see cref="CompiledPerModel{TQuery}"/> of each). EF compiles a query once; running it skips building the rule's
/// expression tree, extracting its parameters and finding its cached plan (docs/performance.md).
/// What this cannot see: a rule that branches in C# on an argument (<c>string.IsNullOrEmpty(userId) ? ... : ...</c>)
/// is compiled down the stand-in's branch for every caller, and the stand-in list is empty (<c>ids.Count == 0 ? ... : ...</c>
/// compiles the empty branch). Such a switch belongs to the caller's choice of shape.
/// </remarks>
internal static class CompiledRule
{
    public static Func<AppDbContext, T1, IAsyncEnumerable<TResult>> List<T1, TResult>(DbContext db, Func<AppDbContext, T1, IQueryable<TResult>> rule) =>
        EF.CompileAsyncQuery(Listed<Func<AppDbContext, T1, IQueryable<TResult>>, TResult>(db, args => rule((AppDbContext)db, (T1)args[0]), typeof(T1)));

    /// <summary>The rows of a rule of three arguments.</summary>
    public static Func<AppDbContext, T1, T2, T3, IAsyncEnumerable<TResult>> List<T1, T2, T3, TResult>(
        DbContext db, Func<AppDbContext, T1, T2, T3, IQueryable<TResult>> rule) =>
        EF.CompileAsyncQuery(Listed<Func<AppDbContext, T1, T2, T3, IQueryable<TResult>>, TResult>(
            db, args => rule((AppDbContext)db, (T1)args[0], (T2)args[1], (T3)args[2]), typeof(T1), typeof(T2), typeof(T3)));

    /// <summary>The rows of a rule of four arguments (a person's work list: whose, who asks, since when, until when).</summary>
    public static Func<AppDbContext, T1, T2, T3, T4, IAsyncEnumerable<TResult>> List<T1, T2, T3, T4, TResult>(
        DbContext db, Func<AppDbContext, T1, T2, T3, T4, IQueryable<TResult>> rule) =>
        EF.CompileAsyncQuery(Listed<Func<AppDbContext, T1, T2, T3, T4, IQueryable<TResult>>, TResult>(
            db, args => rule((AppDbContext)db, (T1)args[0], (T2)args[1], (T3)args[2], (T4)args[3]), typeof(T1), typeof(T2), typeof(T3), typeof(T4)));

    /// <summary>The rows of a rule of five arguments.</summary>
    public static Func<AppDbContext, T1, T2, T3, T4, T5, IAsyncEnumerable<TResult>> List<T1, T2, T3, T4, T5, TResult>(
        DbContext db, Func<AppDbContext, T1, T2, T3, T4, T5, IQueryable<TResult>> rule) =>
        EF.CompileAsyncQuery(Listed<Func<AppDbContext, T1, T2, T3, T4, T5, IQueryable<TResult>>, TResult>(
            db, args => rule((AppDbContext)db, (T1)args[0], (T2)args[1], (T3)args[2], (T4)args[3], (T5)args[4]), typeof(T1), typeof(T2), typeof(T3), typeof(T4), typeof(T5)));

    /// <summary>The rule's query built once with stand-ins, as a lambda of the context and the arguments.</summary>
    private static Expression<TLambda> Listed<TLambda, TResult>(DbContext db, Func<object[], IQueryable<TResult>> rule, params Type[] types)
    {
        var (context, parameters, standIns) = Signature(types);
        var body = Bind((AppDbContext)db, rule(standIns).Expression, context, parameters, standIns);
        return Expression.Lambda<TLambda>(body, [context, .. parameters]);
    }

    /// <summary>The one row the rule's query finds, or none (<c>SingleOrDefault</c>).</summary>
    public static Func<AppDbContext, T1, T2, T3, CancellationToken, Task<TResult>> SingleOrDefault<T1, T2, T3, TResult>(
        DbContext db, Func<AppDbContext, T1, T2, T3, IQueryable<TResult>> rule) =>
        Ending<T1, T2, T3, TResult, TResult>(db, rule, nameof(Queryable.SingleOrDefault));

    /// <summary>Whether the rule's query finds a row (<c>Any</c>).</summary>
    public static Func<AppDbContext, T1, T2, T3, CancellationToken, Task<bool>> Any<T1, T2, T3, TSource>(
        DbContext db, Func<AppDbContext, T1, T2, T3, IQueryable<TSource>> rule) =>
        Ending<T1, T2, T3, TSource, bool>(db, rule, nameof(Queryable.Any));

    /// <summary>The rule's query ended by one of <see cref="Queryable"/>'s operators that take the query alone.</summary>
    private static Func<AppDbContext, T1, T2, T3, CancellationToken, Task<TResult>> Ending<T1, T2, T3, TSource, TResult>(
        DbContext db, Func<AppDbContext, T1, T2, T3, IQueryable<TSource>> rule, string operatorName)
    {
        var (context, parameters, standIns) = Signature(typeof(T1), typeof(T2), typeof(T3));
        var query = rule((AppDbContext)db, (T1)standIns[0], (T2)standIns[1], (T3)standIns[2]);
        var ended = Expression.Call(typeof(Queryable), operatorName, [typeof(TSource)], Bind((AppDbContext)db, query.Expression, context, parameters, standIns));
        var cancellation = Expression.Parameter(typeof(CancellationToken), "ct");
        return EF.CompileAsyncQuery(Expression.Lambda<Func<AppDbContext, T1, T2, T3, CancellationToken, TResult>>(
            ended, context, parameters[0], parameters[1], parameters[2], cancellation));
    }

    private static (ParameterExpression Context, ParameterExpression[] Parameters, object[] StandIns) Signature(params Type[] types)
    {
        // Two arguments of one type (the horizon and the last day there is) never share a stand-in: the binder would
        // take the one for the other. Random days collide once in a few million draws; drawn again then.
        object[] standIns;
        do
        {
            standIns = [.. types.Select(StandIn)];
        }
        while (standIns.Distinct().Count() < standIns.Length);

        return (Expression.Parameter(typeof(AppDbContext), "db"), [.. types.Select((t, i) => Expression.Parameter(t, "arg" + i))], standIns);
    }

    /// <summary>A value no caller passes, so that finding it in the built query can only mean the argument.</summary>
    private static object StandIn(Type type) =>
        type == typeof(Guid) ? Guid.NewGuid()
        : type == typeof(string) ? "stand-in " + Guid.NewGuid().ToString("N")
        : type == typeof(DateTime) ? new DateTime(2000, 1, 1, 0, 0, 0, DateTimeKind.Utc).AddTicks(Random.Shared.NextInt64(TimeSpan.TicksPerDay * 365 * 100))
        : type == typeof(DateOnly) ? DateOnly.FromDayNumber(Random.Shared.Next(DateOnly.MinValue.DayNumber + 1, DateOnly.MaxValue.DayNumber))
        // A list is found by reference: this one is no caller's.
        : type == typeof(List<Guid>) ? new List<Guid>()
        : throw new NotSupportedException($"A compiled rule takes Guid, string, DateTime, DateOnly and List<Guid> arguments; a value of another type that decides the query's shape is chosen by the caller ({type.Name}).");

    private static Expression Bind(AppDbContext db, Expression query, ParameterExpression context, ParameterExpression[] parameters, object[] standIns) =>
        new Binder(db, context, parameters, standIns).Visit(query);

    private sealed class Binder(AppDbContext db, ParameterExpression context, ParameterExpression[] parameters, object[] standIns) : ExpressionVisitor
    {
        protected override Expression VisitMember(MemberExpression node)
        {
            // A static member is the same for every caller only when it cannot change: a constant, a read-only field, or
            // EF's own (EF.Functions, translated to SQL).
            if (node.Expression is null && node.Member is not FieldInfo { IsInitOnly: true } and not FieldInfo { IsLiteral: true }
                && node.Member.DeclaringType != typeof(EF))
            {
                throw Refused(node, "a static member that can change");
            }

            return node.Expression is not null && TryReadCaptured(node, out var value) ? Bound(node, value) : base.VisitMember(node);
        }

        /// <summary>A literal the rule wrote (a number, a text, an enum value, null) stays; any other constant is refused.</summary>
        protected override Expression VisitConstant(ConstantExpression node) =>
            node.Value is null or string or Enum or decimal || node.Type.IsPrimitive ? node : Bound(node, node.Value);

        /// <summary>EF's roots let go of the query provider (and the context) of the request that built the rule.</summary>
        protected override Expression VisitExtension(Expression node) =>
            node is QueryRootExpression root ? root.DetachQueryProvider() : base.VisitExtension(node);

        private Expression Bound(Expression node, object? value)
        {
            if (value is DbContext captured)
            {
                return ReferenceEquals(captured, db) ? As(context, node.Type) : throw Refused(node, "another context");
            }

            for (var i = 0; i < standIns.Length; i++)
            {
                if (Equals(value, standIns[i]))
                {
                    return As(parameters[i], node.Type);
                }
            }

            // Only EF's own queries are taken in: an in-memory one (AsQueryable) is a constant of itself, not SQL.
            return value is IQueryable { Provider: IAsyncQueryProvider } composed
                ? Visit(composed.Expression)
                : throw Refused(node, value?.GetType().Name ?? "null");
        }

        private static Expression As(ParameterExpression parameter, Type type) =>
            type == parameter.Type ? parameter : Expression.Convert(parameter, type);

        private static InvalidOperationException Refused(Expression node, string what) =>
            new($"A compiled rule captured {node} ({what}), which is none of its arguments: a compiled query would keep it for every caller.");

        /// <summary>A variable the C# compiler captured: a member chain that starts at a constant (its closure or the rule's own object).</summary>
        private static bool TryReadCaptured(MemberExpression node, out object? value)
        {
            value = null;
            object? owner;
            switch (node.Expression)
            {
                case ConstantExpression constant:
                    owner = constant.Value;
                    break;
                case MemberExpression inner when inner.Expression is not null && TryReadCaptured(inner, out var innerValue):
                    owner = innerValue;
                    break;
                default:
                    return false;
            }

            value = node.Member switch
            {
                FieldInfo field => field.GetValue(owner),
                PropertyInfo property => property.GetValue(owner),
                _ => throw new NotSupportedException(node.Member.GetType().Name),
            };
            return true;
        }
    }
}
