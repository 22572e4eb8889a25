using TraffickingCare.Domain.Common;

namespace TraffickingCare.Domain.Activity;

/// <summary>
/// Who took part in a training, without names: how many from each sector (codes of the <c>TrainingSector</c> list)
/// and how many women and men (and whose sex was not stated). Both ways of counting count the same people, so
/// their totals must agree.
/// </summary>
public sealed record Headcount(IReadOnlyDictionary<string, int> BySector, int Women, int Men, int SexNotStated)
{
    /// <summary>More than any hall holds: a larger number is a typing mistake.</summary>
    public const int MaxParticipants = 5000;

    public int Total => Women + Men + SexNotStated;

    public int SectorTotal => BySector.Values.Sum();

    /// <summary>Throws the first broken rule: a negative count, nobody at all, totals that differ, or too many.</summary>
    public Headcount Checked()
    {
        if (Women < 0 || Men < 0 || SexNotStated < 0 || BySector.Values.Any(v => v < 0))
        {
            throw new DomainException("Activity.Errors.NegativeCount");
        }

        if (Total > MaxParticipants || SectorTotal > MaxParticipants)
        {
            throw new DomainException("Activity.Errors.TooManyParticipants");
        }

        if (Total == 0)
        {
            throw new DomainException("Activity.Errors.NoParticipants");
        }

        if (SectorTotal != Total)
        {
            throw new DomainException("Activity.Errors.TotalsDiffer");
        }

        return this;
    }
}
