namespace TraffickingCare.Web.Data.Tallies;

/// <summary>
/// How many referrals received in a month came from a sector and a region and stand at an outcome
/// (<see cref="ReferralMonths"/>). A count kept on write, recounted whenever a save touches the month: nobody edits
/// it, so it is no audited entity and has no version or soft delete.
/// </summary>
public sealed class ReferralMonthCount : IMonthly
{
    public ReferralMonthCount(int year, int month, string sector, string region, string outcome, bool opened, int count)
    {
        Year = year;
        Month = month;
        Sector = sector;
        Region = region;
        Outcome = outcome;
        Opened = opened;
        Count = count;
    }

    public int Year { get; private set; }

    public int Month { get; private set; }

    /// <summary>The sender's sector; empty where none was recorded.</summary>
    public string Sector { get; private set; }

    public string Region { get; private set; }

    /// <summary>One of <see cref="Domain.Reports.ReferralOutcomes"/>.</summary>
    public string Outcome { get; private set; }

    /// <summary>Whether the referral was opened as a case (the funnel's second step).</summary>
    public bool Opened { get; private set; }

    public int Count { get; private set; }
}
