using System.Linq.Expressions;

namespace TraffickingCare.Web.Infrastructure.Time;

/// <summary>
/// The Centre's local day of an instant stored in UTC, as an expression the database runs, so that a count of days
/// ("from referral to decision") can be grouped in SQL. The offset is the zone's own: within the periods of summer
/// time the instant is shifted by the summer offset, otherwise by the standard one. The periods are computed here,
/// for the years asked, from <see cref="CentreClock.Zone"/> and written into the query as plain comparisons.
/// </summary>
public static class LocalDayNumber
{
    /// <summary>
    /// <c>localDay(instant)</c> as an expression over <paramref name="instant"/>, exact for instants within
    /// <paramref name="firstYear"/>..<paramref name="lastYear"/> (local years).
    /// </summary>
    public static Expression Of(Expression instant, int firstYear, int lastYear)
    {
        var standard = CentreClock.Zone.BaseUtcOffset.TotalHours;
        Expression? summer = null;
        foreach (var (start, end) in SummerPeriods(firstYear, lastYear))
        {
            var inPeriod = Expression.AndAlso(
                Expression.GreaterThanOrEqual(instant, Expression.Constant(start)),
                Expression.LessThan(instant, Expression.Constant(end)));
            summer = summer is null ? inPeriod : Expression.OrElse(summer, inPeriod);
        }

        var addHours = typeof(DateTime).GetMethod(nameof(DateTime.AddHours))!;
        Expression local = Expression.Call(instant, addHours, Expression.Constant(standard));
        if (summer is not null)
        {
            local = Expression.Condition(summer, Expression.Call(instant, addHours, Expression.Constant(standard + 1)), local);
        }

        var day = Expression.Call(typeof(DateOnly).GetMethod(nameof(DateOnly.FromDateTime), [typeof(DateTime)])!, local);
        return Expression.Property(day, nameof(DateOnly.DayNumber));
    }

    /// <summary>The UTC instants between which the zone keeps summer time, for each local year asked.</summary>
    public static IReadOnlyList<(DateTime Start, DateTime End)> SummerPeriods(int firstYear, int lastYear)
    {
        var periods = new List<(DateTime, DateTime)>();
        var zone = CentreClock.Zone;
        DateTime? start = null;
        var from = new DateTime(firstYear, 1, 1, 0, 0, 0, DateTimeKind.Utc).AddDays(-1);
        var until = new DateTime(lastYear + 1, 1, 1, 0, 0, 0, DateTimeKind.Utc).AddDays(1);
        var wasSummer = zone.IsDaylightSavingTime(from);
        for (var hour = from.AddHours(1); hour <= until; hour = hour.AddHours(1))
        {
            var isSummer = zone.IsDaylightSavingTime(hour);
            if (isSummer && !wasSummer)
            {
                start = hour;
            }
            else if (!isSummer && wasSummer)
            {
                periods.Add((start ?? from, hour));
                start = null;
            }

            wasSummer = isSummer;
        }

        if (start is { } open)
        {
            periods.Add((open, until));
        }

        return periods;
    }
}
