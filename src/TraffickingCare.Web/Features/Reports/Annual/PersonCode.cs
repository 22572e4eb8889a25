using System.Linq.Expressions;

namespace TraffickingCare.Web.Features.Reports.Annual;

/// <summary>
/// A code a counted person holds in a year (a form of exploitation, a service type): the row shape the report's
/// per-person queries project to, so that a code can be mapped to the report's own key inside the SQL.
/// </summary>
internal sealed class PersonCode
{
    public int Year { get; init; }

    public Guid Person { get; init; }

    public string? Code { get; init; }

    /// <summary>
    /// The same rows with <see cref="Code"/> mapped as a SQL <c>CASE</c> built from <paramref name="map"/>, so that the
    /// database can count each person once per mapped key (two forms of one category are one category).
    /// </summary>
    public static Expression<Func<PersonCode, PersonCode>> Mapped(IReadOnlyDictionary<string, string> map, string? otherwise)
    {
        var x = Expression.Parameter(typeof(PersonCode), "x");
        var code = Expression.Property(x, nameof(Code));
        Expression mapped = Expression.Constant(otherwise, typeof(string));
        foreach (var (from, to) in map.OrderByDescending(p => p.Key, StringComparer.Ordinal))
        {
            mapped = Expression.Condition(Expression.Equal(code, Expression.Constant(from, typeof(string))), Expression.Constant(to, typeof(string)), mapped);
        }

        return Expression.Lambda<Func<PersonCode, PersonCode>>(
            Expression.MemberInit(
                Expression.New(typeof(PersonCode)),
                Expression.Bind(typeof(PersonCode).GetProperty(nameof(Year))!, Expression.Property(x, nameof(Year))),
                Expression.Bind(typeof(PersonCode).GetProperty(nameof(Person))!, Expression.Property(x, nameof(Person))),
                Expression.Bind(typeof(PersonCode).GetProperty(nameof(Code))!, mapped)),
            x);
    }
}
