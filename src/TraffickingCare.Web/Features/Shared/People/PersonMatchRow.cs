namespace TraffickingCare.Web.Features.Shared.People;

/// <summary>
/// A case whose person matched the search. It names the case, never the person: the coordinator
/// opens the case to compare identities, and that view is audited there.
/// </summary>
public sealed record PersonMatchRow(
    Guid CaseId,
    string CaseCode,
    string Status,
    DateTime OpenedAtLocal,
    string? LeadName,
    int NameWords,
    bool DateOfBirth,
    bool BirthYear,
    Guid PersonIdentityId);
