using TraffickingCare.Web.Infrastructure.Time;

namespace TraffickingCare.Web.Data.Tallies;

/// <summary>
/// A calendar month of the Centre, the period the report's counts are kept by (<see cref="KeptMonths"/>): a referral
/// belongs to the month of its local day of receipt, so a month begins at the Centre's midnight, in UTC.
/// </summary>
internal readonly record struct ReportMonth(int Year, int Month) : IComparable<ReportMonth>
{
    /// <summary>The months counted from the year 0: consecutive months are consecutive numbers.</summary>
    public int Number => (Year * 12) + Month - 1;

    public DateOnly FirstDay => new(Year, Month, 1);

    public DateOnly LastDay => FirstDay.AddMonths(1).AddDays(-1);

    /// <summary>The instant the month begins, in UTC.</summary>
    public DateTime Start => CentreClock.ToUtc(FirstDay, TimeOnly.MinValue);

    /// <summary>The instant the month ends (exclusive), in UTC.</summary>
    public DateTime End => Next.Start;

    public ReportMonth Next => Of(Number + 1);

    public static ReportMonth Of(int number) => new(number / 12, (number % 12) + 1);

    public static ReportMonth Of(DateOnly day) => new(day.Year, day.Month);

    /// <summary>The month of an instant on the Centre's clock.</summary>
    public static ReportMonth OfInstant(DateTime utc) => Of(DateOnly.FromDateTime(CentreClock.ToLocal(utc)));

    public int CompareTo(ReportMonth other) => Number.CompareTo(other.Number);
}

/// <summary>Consecutive months, first to last: what one recount command covers.</summary>
internal sealed record MonthRange(ReportMonth First, ReportMonth Last)
{
    public IEnumerable<ReportMonth> Months => Enumerable.Range(First.Number, Last.Number - First.Number + 1).Select(ReportMonth.Of);

    /// <summary>The months as runs of consecutive months, oldest first.</summary>
    public static List<MonthRange> Of(IEnumerable<ReportMonth> months)
    {
        var ranges = new List<MonthRange>();
        foreach (var month in months.Distinct().Order())
        {
            if (ranges.Count > 0 && ranges[^1].Last.Number + 1 == month.Number)
            {
                ranges[^1] = ranges[^1] with { Last = month };
            }
            else
            {
                ranges.Add(new MonthRange(month, month));
            }
        }

        return ranges;
    }
}

/// <summary>A row kept for the year and month it counts in (<see cref="KeptMonths"/>).</summary>
internal interface IMonthly
{
    int Year { get; }

    int Month { get; }
}

internal static class MonthlyRows
{
    /// <summary>The rows of the range's months, bounded by year first, so that an index on the year is searched.</summary>
    public static IQueryable<T> In<T>(this IQueryable<T> rows, MonthRange range)
        where T : class, IMonthly
    {
        var (firstYear, lastYear, first, last) = (range.First.Year, range.Last.Year, range.First.Number, range.Last.Number);
        return rows.Where(c => c.Year >= firstYear && c.Year <= lastYear && (c.Year * 12) + c.Month - 1 >= first && (c.Year * 12) + c.Month - 1 <= last);
    }
}
