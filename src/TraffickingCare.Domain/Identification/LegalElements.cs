namespace TraffickingCare.Domain.Identification;

/// <summary>
/// Which legal elements of trafficking the present indicators point to. It recommends; the
/// caseworker decides. For a child the act and the purpose suffice: a child cannot consent, so no
/// means of control need be shown.
/// </summary>
public sealed record LegalElements(bool Act, bool Means, bool Purpose, bool Child)
{
    public bool RecommendsPresumedVictim => Act && Purpose && (Means || Child);

    public static LegalElements Of(IEnumerable<(IndicatorGroup Group, IndicatorAnswer Answer)> answers, bool isChild)
    {
        var present = answers.Where(a => a.Answer == IndicatorAnswer.Present).Select(a => a.Group).ToHashSet();
        var child = isChild || present.Contains(IndicatorGroup.ChildSpecific);
        return new LegalElements(
            present.Contains(IndicatorGroup.Recruitment),
            present.Contains(IndicatorGroup.MeansOfControl),
            present.Contains(IndicatorGroup.Exploitation),
            child);
    }
}
