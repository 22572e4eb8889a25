using TraffickingCare.Domain.Partners;

namespace TraffickingCare.Web.Features.Conferences.Statistics;

/// <summary>
/// A calendar year's case conferences, as the annual report counts them. A conference belongs to the year of its
/// (local) day; <see cref="Held"/> are those closed with minutes, <see cref="Cancelled"/> those called off,
/// <see cref="NotYetClosed"/> those still scheduled. <see cref="CasesWithConference"/>: distinct cases with at least
/// one held conference. <see cref="Sectors"/>: per sector of the partner directory, the held conferences at which an
/// institution of that sector was present. Action items count by their due day: done by it, done later, dropped,
/// open (overdue when the day has passed).
/// </summary>
public sealed record ConferenceFigures(
    int Year,
    int Held,
    int Cancelled,
    int NotYetClosed,
    int CasesWithConference,
    IReadOnlyList<SectorCount> Sectors,
    ActionItemFigures ActionItems);

public sealed record SectorCount(Sector Sector, int Conferences);

public sealed record ActionItemFigures(int Due, int DoneOnTime, int DoneLate, int Dropped, int Open, int Overdue)
{
    /// <summary>The share of the items due in the year that were done by their day; null when none were due.</summary>
    public double? OnTimeRate => Due == 0 ? null : (double)DoneOnTime / Due;
}
