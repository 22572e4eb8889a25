namespace TraffickingCare.Domain.Identification;

/// <summary>
/// The groups of the preliminary checklist. The first three are the legal elements of trafficking
/// (act, means, purpose); for a child the means are not required.
/// </summary>
public enum IndicatorGroup
{
    Recruitment,
    MeansOfControl,
    Exploitation,
    ChildSpecific,
    General,
}
