namespace TraffickingCare.Domain.Identification;

/// <summary>The sections of a findings and opinion (nalaz i mišljenje), in the order they are written.</summary>
public sealed record FindingsSections(
    string? Basis,
    string? Sources,
    string? EstablishedFacts,
    string? IndicatorAnalysis,
    string? Opinion)
{
    public const int SectionMaxLength = 20000;

    public static readonly FindingsSections Empty = new(null, null, null, null, null);
}
