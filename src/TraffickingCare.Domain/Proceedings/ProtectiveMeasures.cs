namespace TraffickingCare.Domain.Proceedings;

/// <summary>
/// The measures that protect the person while the proceeding runs, as flags in one integer column: a report
/// counts each with <c>(Measures &amp; flag) &lt;&gt; 0</c>, without a per-case loop.
/// </summary>
[Flags]
public enum ProtectiveMeasures
{
    None = 0,

    /// <summary>Particularly vulnerable witness (questioned once, through the court, with support).</summary>
    VulnerableWitness = 1,

    /// <summary>Protected witness: identity withheld from the defendant.</summary>
    ProtectedWitness = 2,

    /// <summary>Questioned by video link, without meeting the defendant.</summary>
    VideoLink = 4,

    /// <summary>The public excluded from the hearing.</summary>
    PublicExcluded = 8,

    /// <summary>Restraining order against the defendant.</summary>
    RestrainingOrder = 16,

    /// <summary>Police protection programme.</summary>
    PoliceProtection = 32,
}

public static class ProtectiveMeasureFlags
{
    /// <summary>Each single measure, in the order the form lists them.</summary>
    public static readonly IReadOnlyList<ProtectiveMeasures> All =
        [.. Enum.GetValues<ProtectiveMeasures>().Where(m => m != ProtectiveMeasures.None)];

    public static ProtectiveMeasures Combine(IEnumerable<ProtectiveMeasures> measures) =>
        measures.Aggregate(ProtectiveMeasures.None, (all, m) => all | m);

    public static IReadOnlyList<ProtectiveMeasures> Split(ProtectiveMeasures measures) =>
        [.. All.Where(m => measures.HasFlag(m))];
}
