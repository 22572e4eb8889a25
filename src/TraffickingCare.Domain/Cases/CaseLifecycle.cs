namespace TraffickingCare.Domain.Cases;

/// <summary>
/// The allowed status changes. Closing and reopening have their own methods on the case. The
/// identification decisions are reached only by approving a findings and opinion, never by a move:
/// a decision needs its written basis, two authors, an approver who wrote none of it and a line in the register.
/// </summary>
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

    /// <summary>The statuses only an approved findings and opinion sets.</summary>
    public static bool IsDecision(CaseStatus status) =>
        status is CaseStatus.IdentifiedVictim or CaseStatus.NotIdentified or CaseStatus.Rejected;

    /// <summary>A move a team member makes by hand (preliminary identification, suspending, resuming).</summary>
    public static bool CanMove(CaseStatus from, CaseStatus to) => !IsDecision(to) && Allowed[from].Contains(to);

    /// <summary>
    /// Where an approved decision may take the case: the lifecycle's order (a person is a presumed victim
    /// before being identified), or from an earlier decision to its correction.
    /// </summary>
    public static bool CanDecide(CaseStatus from, CaseStatus to) => Allowed[from].Contains(to) || IsDecision(from);

    /// <summary>The moves to offer on the case page: never a decision.</summary>
    public static IReadOnlyList<CaseStatus> NextFrom(CaseStatus from) => [.. Allowed[from].Where(s => !IsDecision(s))];
}
