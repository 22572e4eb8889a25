using TraffickingCare.Domain.Common;

namespace TraffickingCare.Domain.Cases;

/// <summary>A caseworker assigned to a case; assignment is what opens a case to a caseworker.</summary>
public sealed class CaseTeamMember : Entity, IPartOf<CaseFile>
{
    private CaseTeamMember()
    {
        UserId = string.Empty;
    }

    public Guid CaseId { get; private set; }

    Guid IPartOf<CaseFile>.RootId => CaseId;

    public string UserId { get; private set; }

    internal static CaseTeamMember Of(Guid caseId, string userId) => new() { CaseId = caseId, UserId = userId };
}
