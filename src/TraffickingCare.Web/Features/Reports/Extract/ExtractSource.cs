using TraffickingCare.Domain.Cases;

namespace TraffickingCare.Web.Features.Reports.Extract;

/// <summary>The single-valued columns of a case of the year, as one SQL command projects them (no name, no birthdate, no text).</summary>
internal sealed class ExtractSource
{
    public Guid CaseId { get; init; }

    public CaseStatus Status { get; init; }

    public CaseStatus? StatusBeforeClosure { get; init; }

    public string? ClosureReason { get; init; }

    public bool FollowUp { get; init; }

    public string? Sex { get; init; }

    public int? Age { get; init; }

    public string? Citizenship { get; init; }

    public string? Residence { get; init; }

    public string? ReferralMunicipality { get; init; }

    public DateOnly? ExploitationFrom { get; init; }

    public string? RecruitmentMethod { get; init; }

    public bool Imported { get; init; }

    public string? DecisionMakingOrg { get; init; }

    public string? SexExploitationTypes { get; init; }

    public string? ForcedLabourIndustry { get; init; }

    public string? FurtherRecruitmentMethods { get; init; }

    public bool? Consent { get; init; }
}
