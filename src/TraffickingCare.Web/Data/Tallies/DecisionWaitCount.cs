namespace TraffickingCare.Web.Data.Tallies;

/// <summary>
/// How many cases first decided in a month waited a number of days since their referral's local day of receipt
/// (<see cref="DecisionWaits"/>). A count kept on write, recounted whenever a save touches the month.
/// </summary>
public sealed class DecisionWaitCount : IMonthly
{
    public DecisionWaitCount(int year, int month, int days, int count)
    {
        Year = year;
        Month = month;
        Days = days;
        Count = count;
    }

    public int Year { get; private set; }

    public int Month { get; private set; }

    public int Days { get; private set; }

    public int Count { get; private set; }
}
