using System.Linq.Expressions;

namespace TraffickingCare.Web.Data.Tallies;

/// <summary>
/// A code a counted person holds in the year and month it is counted in (a form of exploitation, a service type): the row shape the report's
/// per-person queries project to, so that a code can be mapped to the report's own key inside the SQL.
/// </summary>
internal sealed class PersonCode
{
    public int Year { get; init; }

    public int Month { get; init; }

    public Guid Person { get; init; }

    public string? Code { get; init; }

    /// <summary>
    /// The same rows with <see cref="Code"/> mapped as a SQL <c>CASE</c> built from <paramref name="map"/>, so that the
    /// database can count each person once per mapped key (two forms of one category are one category).
    /// </summary>
    public static Expression<Func<PersonCode, PersonCode>> Mapped(IReadOnlyDictionary<string, string> map, string? otherwise)
    {
        var x = Expression.Parameter(typeof(PersonCode), "x");
        var mapped = Case(Expression.Property(x, nameof(Code)), map.ToDictionary(p => p.Key, p => (string?)p.Value), otherwise);
        return Expression.Lambda<Func<PersonCode, PersonCode>>(
            Expression.MemberInit(
                Expression.New(typeof(PersonCode)),
                Expression.Bind(typeof(PersonCode).GetProperty(nameof(Year))!, Expression.Property(x, nameof(Year))),
                Expression.Bind(typeof(PersonCode).GetProperty(nameof(Month))!, Expression.Property(x, nameof(Month))),
                Expression.Bind(typeof(PersonCode).GetProperty(nameof(Person))!, Expression.Property(x, nameof(Person))),
                Expression.Bind(typeof(PersonCode).GetProperty(nameof(Code))!, mapped)),
            x);
    }

    /// <summary>
    /// The same rows with <see cref="Code"/> mapped to a key of <paramref name="keys"/> by <paramref name="map"/> (else
    /// <paramref name="otherwise"/>), as the key's bit (<c>1 &lt;&lt; its index</c>) in a SQL <c>CASE</c>: the distinct
    /// bits of a person add up to the set of keys it holds, so one <c>GROUP BY</c> over the sets counts both each key's
    /// persons and the persons holding one key or several (<see cref="KeysOf"/>).
    /// </summary>
    public static Expression<Func<PersonCode, PersonBit>> Bit(IReadOnlyDictionary<string, string> map, string otherwise, IReadOnlyList<string> keys)
    {
        if (keys.Count > 30)
        {
            throw new ArgumentException("A set of keys is an int: at most 30 keys.", nameof(keys));
        }

        int BitOf(string key) => 1 << keys.Select((k, i) => (k, i)).Single(p => p.k == key).i;
        var x = Expression.Parameter(typeof(PersonCode), "x");
        var bit = Case(Expression.Property(x, nameof(Code)), map.ToDictionary(p => p.Key, p => BitOf(p.Value)), BitOf(otherwise));
        return Expression.Lambda<Func<PersonCode, PersonBit>>(
            Expression.MemberInit(
                Expression.New(typeof(PersonBit)),
                Expression.Bind(typeof(PersonBit).GetProperty(nameof(PersonBit.Year))!, Expression.Property(x, nameof(Year))),
                Expression.Bind(typeof(PersonBit).GetProperty(nameof(PersonBit.Month))!, Expression.Property(x, nameof(Month))),
                Expression.Bind(typeof(PersonBit).GetProperty(nameof(PersonBit.Person))!, Expression.Property(x, nameof(Person))),
                Expression.Bind(typeof(PersonBit).GetProperty(nameof(PersonBit.Bit))!, bit)),
            x);
    }

    /// <summary>The keys whose bits a set holds, in the keys' order.</summary>
    public static List<string> KeysOf(int set, IReadOnlyList<string> keys) => [.. keys.Where((_, i) => (set & (1 << i)) != 0)];

    private static Expression Case<T>(Expression code, IReadOnlyDictionary<string, T> map, T otherwise)
    {
        Expression mapped = Expression.Constant(otherwise, typeof(T));
        foreach (var (from, to) in map.OrderByDescending(p => p.Key, StringComparer.Ordinal))
        {
            mapped = Expression.Condition(Expression.Equal(code, Expression.Constant(from, typeof(string))), Expression.Constant(to, typeof(T)), mapped);
        }

        return mapped;
    }
}

/// <summary>A counted person's key in a year as a bit (<see cref="PersonCode.Bit"/>).</summary>
internal sealed class PersonBit
{
    public int Year { get; init; }

    public int Month { get; init; }

    public Guid Person { get; init; }

    public int Bit { get; init; }
}
