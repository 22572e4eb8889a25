namespace TraffickingCare.Domain.Imports;

/// <summary>
/// The HTCDS cells of an imported row that have no home on a case, as the file wrote them (several values joined
/// by ";"), and the support types it named, so that a re-import knows which of the case's services it made.
/// </summary>
public sealed record ImportedValues(
    string? DecisionMakingOrganisation,
    string? SexExploitationTypes,
    string? ForcedLabourIndustry,
    bool? Consent,
    string? FurtherRecruitmentMethods,
    string? SupportTypes)
{
    /// <summary>The longest HTCDS code a cell holds (a decision-making organisation: "NonPoliceGovernmentalOrganization").</summary>
    public const int HtcdsCodeMaxLength = 64;

    public static readonly ImportedValues None = new(null, null, null, null, null, null);
}
