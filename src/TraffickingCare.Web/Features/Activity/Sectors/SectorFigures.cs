namespace TraffickingCare.Web.Features.Activity.Sectors;

/// <summary>The sector table for a period: one row per trained sector, then the senders the Centre does not train.</summary>
public sealed record SectorFigures(DateOnly From, DateOnly To, string? MunicipalityCode, IReadOnlyList<SectorRow> Rows)
{
    public SectorRow Total => new(
        "Total",
        Rows.Sum(r => r.Trained),
        Rows.Sum(r => r.Referrals),
        Rows.Sum(r => r.Opened),
        Rows.Sum(r => r.Identified),
        DaysToDecision.Of(Rows.SelectMany(r => r.DaysHistogram).ToList()));
}

/// <summary>
/// One trained sector: the people it had trained in the period, the referrals its institutions sent in it, how many
/// were opened as cases and how many of those ended in an identification, and the days from referral to decision.
/// </summary>
public sealed record SectorRow(string Sector, int Trained, int Referrals, int Opened, int Identified, DaysToDecision ToDecision)
{
    public double? OpenedShare => Referrals == 0 ? null : (double)Opened / Referrals;

    public double? IdentifiedShare => Referrals == 0 ? null : (double)Identified / Referrals;

    internal IReadOnlyList<(int Days, int Count)> DaysHistogram => ToDecision.Histogram;
}

/// <summary>How many referrals got a decision and the median number of days it took, read off the database's histogram.</summary>
public sealed record DaysToDecision(int Decided, double? Median, IReadOnlyList<(int Days, int Count)> Histogram)
{
    public static DaysToDecision Of(IReadOnlyList<(int Days, int Count)> histogram)
    {
        var sorted = histogram.Where(h => h.Count > 0).GroupBy(h => h.Days).Select(g => (Days: g.Key, Count: g.Sum(h => h.Count)))
            .OrderBy(h => h.Days).ToList();
        var count = sorted.Sum(h => h.Count);
        if (count == 0)
        {
            return new DaysToDecision(0, null, sorted);
        }

        int At(int index)
        {
            foreach (var (days, n) in sorted)
            {
                if (index < n)
                {
                    return days;
                }

                index -= n;
            }

            throw new InvalidOperationException("The index lies beyond the histogram.");
        }

        var median = count % 2 == 1 ? At(count / 2) : (At((count / 2) - 1) + At(count / 2)) / 2.0;
        return new DaysToDecision(count, median, sorted);
    }
}
