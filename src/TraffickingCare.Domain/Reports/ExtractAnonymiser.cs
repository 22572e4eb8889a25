namespace TraffickingCare.Domain.Reports;

/// <summary>
/// k-anonymity for the partners' extract: every row must share its quasi-identifiers with at least k − 1 others, so
/// that no row can be narrowed down to fewer than k people. The steps of <see cref="ExtractGeneralisation"/> are taken
/// in order, for every row alike (a partner reads one column one way), as long as a further step lets more rows be
/// kept; the rows whose group is still smaller than k are then withheld. Which rows are kept never depends on chance.
/// </summary>
public static class ExtractAnonymiser
{
    /// <summary>IOM's CTDC publishes with k = 11.</summary>
    public const int DefaultK = 11;

    public const int MinK = 2;
    public const int MaxK = 100;

    public static ExtractOutcome<T> Apply<T>(IReadOnlyList<T> rows, Func<T, ExtractQuasiIdentifiers> describe, int k)
    {
        if (k is < MinK or > MaxK)
        {
            throw new ArgumentOutOfRangeException(nameof(k), k, $"k must be from {MinK} to {MaxK}.");
        }

        var described = rows.Select(r => (Row: r, Key: describe(r))).ToList();

        // Coarsening merges groups, so a later level never withholds more: take the first level that withholds as
        // few rows as the last one, and no step that would coarsen every row without saving one.
        var fewest = Withheld(described, ExtractGeneralisation.AgeBand, k);
        var level = Enum.GetValues<ExtractGeneralisation>().First(l => Withheld(described, l, k) == fewest);

        var shown = described.Select(d => (d.Row, Key: d.Key.At(level))).ToList();
        var sizes = shown.CountBy(d => d.Key).ToDictionary();
        var kept = shown.Where(d => sizes[d.Key] >= k).Select(d => new ExtractRow<T>(d.Row, d.Key)).ToList();
        return new ExtractOutcome<T>(kept, new ExtractSummary(k, level, rows.Count, rows.Count - kept.Count));
    }

    /// <summary>How many rows would be withheld at this level.</summary>
    private static int Withheld<T>(List<(T Row, ExtractQuasiIdentifiers Key)> rows, ExtractGeneralisation level, int k) =>
        rows.CountBy(d => d.Key.At(level)).Where(g => g.Value < k).Sum(g => g.Value);
}
