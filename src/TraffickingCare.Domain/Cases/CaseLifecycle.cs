namespace TraffickingCare.Domain.Cases;

/// <summary>The allowed status changes. Closing and reopening have their own methods on the case.</summary>
public static class CaseLifecycle
{
    private static readonly Dictionary<CaseStatus, CaseStatus[]> Allowed = new()
    {
        [CaseStatus.Open] = [CaseStatus.PresumedVictim, CaseStatus.NotIdentified, CaseStatus.Suspended, CaseStatus.Rejected],
        [CaseStatus.PresumedVictim] = [CaseStatus.IdentifiedVictim, CaseStatus.NotIdentified, CaseStatus.Suspended, CaseStatus.Rejected],
        [CaseStatus.Suspended] = [CaseStatus.PresumedVictim, CaseStatus.IdentifiedVictim, CaseStatus.NotIdentified, CaseStatus.Rejected],
        [CaseStatus.IdentifiedVictim] = [],
        [CaseStatus.NotIdentified] = [],
        [CaseStatus.Rejected] = [],
        [CaseStatus.Closed] = [],
    };

    public static bool CanMove(CaseStatus from, CaseStatus to) => Allowed[from].Contains(to);

    public static IReadOnlyList<CaseStatus> NextFrom(CaseStatus from) => Allowed[from];
}
