using TraffickingCare.Domain.Shelter;

namespace TraffickingCare.Web.Features.Shelter.Statistics;

/// <summary>
/// The shelter's figures for a period of local calendar days, both ends included. Bed-days count nights, as
/// <see cref="ShelterStay"/> does: a resident in on a day's evening takes that day's bed-day, absences included
/// (her bed is kept). Only nights already spent count (<see cref="Days"/> ends last night at the latest), so the
/// average is over those nights. Stays are those that ended in the period, in nights; phases are those reached by the
/// placements the period saw.
/// </summary>
public sealed record ShelterFigures(
    DateOnly From,
    DateOnly To,
    int BedsInUse,
    int Admissions,
    int Residents,
    int BedDays,
    int PeakOccupancy,
    StayFigures Stays,
    IReadOnlyList<PhaseCount> PhasesReached,
    IReadOnlyList<DestinationCount> ExitsByDestination,
    IReadOnlyList<OccupancyDay> Days)
{
    /// <summary>Follow-up contacts after exits: due in the period, done in it, and the outcomes of those done.</summary>
    public FollowUpFigures FollowUps { get; init; } = FollowUpFigures.None;

    public int PeriodDays => To.DayNumber - From.DayNumber + 1;

    /// <summary>The period's nights already spent: those <see cref="BedDays"/> and the averages count.</summary>
    public int Nights => Days.Count;

    /// <summary>Residents on an average night of those already spent; null before the period's first night has passed.</summary>
    public double? AverageOccupancy => Nights == 0 ? null : (double)BedDays / Nights;

    /// <summary>Share of the beds in use taken on an average night; null with no bed in use or no night spent yet.</summary>
    public double? OccupancyRate => BedsInUse == 0 ? null : AverageOccupancy / BedsInUse;

    public int Exits => ExitsByDestination.Sum(d => d.Count);

    /// <summary>The daily series summed by calendar month (the first and last month may be partial).</summary>
    public IReadOnlyList<OccupancyMonth> Months => Days
        .GroupBy(d => (d.Day.Year, d.Day.Month))
        .Select(g => new OccupancyMonth(g.Key.Year, g.Key.Month, g.Sum(d => d.Occupied), g.Max(d => d.Occupied), (double)g.Sum(d => d.Occupied) / g.Count()))
        .ToList();
}

public sealed record OccupancyDay(DateOnly Day, int Occupied);

public sealed record OccupancyMonth(int Year, int Month, int BedDays, int Peak, double Average);

public sealed record PhaseCount(ShelterPhase Phase, int Count);

public sealed record DestinationCount(ExitDestination Destination, int Count);

public sealed record OutcomeCount(FollowUpOutcome Outcome, int Count);

/// <summary>Follow-ups due (scheduled for a day of the period) and done in the period, whenever they were due.</summary>
public sealed record FollowUpFigures(int Due, int Done, IReadOnlyList<OutcomeCount> Outcomes)
{
    public static readonly FollowUpFigures None = new(0, 0, []);
}

/// <summary>Lengths of the stays that ended in the period, in nights.</summary>
public sealed record StayFigures(int Count, double? Average, double? Median, int? Shortest, int? Longest)
{
    public static readonly StayFigures None = new(0, null, null, null, null);

    /// <summary>From the database's histogram (nights → stays): the median is read off the sorted counts.</summary>
    public static StayFigures Of(IReadOnlyCollection<(int Nights, int Count)> histogram)
    {
        var sorted = histogram.Where(h => h.Count > 0).OrderBy(h => h.Nights).ToList();
        var count = sorted.Sum(h => h.Count);
        if (count == 0)
        {
            return None;
        }

        var average = sorted.Sum(h => (double)h.Nights * h.Count) / count;
        var median = count % 2 == 1 ? At(sorted, count / 2) : (At(sorted, (count / 2) - 1) + At(sorted, count / 2)) / 2.0;
        return new StayFigures(count, average, median, sorted[0].Nights, sorted[^1].Nights);
    }

    /// <summary>The stay at a zero-based position in the sorted list of all stays.</summary>
    private static int At(List<(int Nights, int Count)> sorted, int position)
    {
        foreach (var (nights, n) in sorted)
        {
            if (position < n)
            {
                return nights;
            }

            position -= n;
        }

        throw new ArgumentOutOfRangeException(nameof(position));
    }
}
