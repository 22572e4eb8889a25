namespace TraffickingCare.Domain.Reports;

/// <summary>
/// How long a case waited for its decision: whole days from the day its referral was received to the day of its
/// first approved decision, in the bands the report counts cases by.
/// </summary>
public static class DecisionTimes
{
    /// <summary>Upper bound (inclusive, in days) of each band, with its key; the last band is open.</summary>
    private static readonly (int UpTo, string Key)[] Bands =
    [
        (30, "0-30"), (60, "31-60"), (90, "61-90"), (180, "91-180"), (365, "181-365"),
    ];

    public const string Longer = "366+";

    public static readonly IReadOnlyList<string> All = [.. Bands.Select(b => b.Key), Longer];

    /// <summary>
    /// The band of a wait. A decision dated before its referral's day (a data-entry slip the import refuses, but an
    /// older record may hold) is counted as the same day rather than dropped, so the table still adds up.
    /// </summary>
    public static string Of(int days) => Bands.FirstOrDefault(b => days <= b.UpTo).Key ?? Longer;
}
