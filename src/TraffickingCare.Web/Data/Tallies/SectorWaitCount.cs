namespace TraffickingCare.Web.Data.Tallies;

/// <summary>
/// How many referrals received in a month from a sender's sector were opened as cases whose first decision came a
/// number of days after the local day of receipt (<see cref="SectorWaits"/>): the days-to-decision column of centre
/// activity's sector table. A count kept on write, recounted whenever a save touches the month of receipt.
/// </summary>
public sealed class SectorWaitCount : IMonthly
{
    public SectorWaitCount(int year, int month, string sector, int days, int count)
    {
        Year = year;
        Month = month;
        Sector = sector;
        Days = days;
        Count = count;
    }

    public int Year { get; private set; }

    public int Month { get; private set; }

    /// <summary>The sender's sector as recorded on the referral (not the trained sector it maps to); empty where none was.</summary>
    public string Sector { get; private set; }

    public int Days { get; private set; }

    public int Count { get; private set; }
}
