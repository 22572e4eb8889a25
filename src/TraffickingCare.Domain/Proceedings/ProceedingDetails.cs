namespace TraffickingCare.Domain.Proceedings;

/// <summary>What the team records about a proceeding, apart from its stage (which has a history of its own).</summary>
/// <param name="AuthorityId">The prosecution, court or police from the partner directory.</param>
/// <param name="CaseNumber">The authority's case number: secret, encrypted at rest, never in a log or an address.</param>
/// <param name="LawyerPartnerId">The law office or NGO from the directory, when the lawyer comes from one.</param>
/// <param name="LawyerDescription">Who the lawyer is, in words (an attorney appointed ex officio...).</param>
public sealed record ProceedingDetails(
    Guid AuthorityId,
    string? CaseNumber,
    ProceedingRole Role,
    bool LawyerEngaged,
    Guid? LawyerPartnerId,
    string? LawyerDescription,
    ProtectiveMeasures Measures,
    Compensation? Claimed,
    Compensation? Awarded,
    bool NonPunishmentApplied);
