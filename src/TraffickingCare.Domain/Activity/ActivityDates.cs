using TraffickingCare.Domain.Common;

namespace TraffickingCare.Domain.Activity;

/// <summary>
/// The days the Centre's activity may be recorded on: from the year the Centre began (earlier records are typing
/// mistakes) to a year ahead (a training or a meeting is often entered when it is planned).
/// </summary>
public static class ActivityDates
{
    public static readonly DateOnly Earliest = new(2000, 1, 1);

    public const int LatestDaysAhead = 365;

    public static DateOnly Check(DateOnly day, DateOnly today, string resourceKey) =>
        day >= Earliest && day <= today.AddDays(LatestDaysAhead) ? day : throw new DomainException(resourceKey);
}
