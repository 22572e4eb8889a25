namespace TraffickingCare.Domain.Reports;

/// <summary>What was done to the extract: k, the generalisation reached, the cases of the year and those withheld.</summary>
public sealed record ExtractSummary(int K, ExtractGeneralisation Generalisation, int Cases, int Withheld)
{
    public int Kept => Cases - Withheld;
}
