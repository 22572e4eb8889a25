using TraffickingCare.Domain.Common;

namespace TraffickingCare.Domain.Shelter;

/// <summary>
/// A move to a later phase of the programme: proposed by staff with a review of the current phase's goals, approved or
/// returned by a coordinator who did not propose it (four eyes). Approved and returned proposals stay as the
/// placement's phase history.
/// </summary>
public sealed class PhaseChange : Entity, IPartOf<Placement>
{
    public const int ReviewMaxLength = 4000;
    public const int ReasonMaxLength = 1000;

    private PhaseChange()
    {
        Review = string.Empty;
        ProposedBy = string.Empty;
    }

    public Guid PlacementId { get; private set; }

    public ShelterPhase From { get; private set; }

    public ShelterPhase To { get; private set; }

    /// <summary>The review of the current phase's goals: free text about the person, encrypted.</summary>
    public string Review { get; private set; }

    /// <summary>Why a phase is skipped (required then): encrypted.</summary>
    public string? SkipReason { get; private set; }

    public string ProposedBy { get; private set; }

    public DateTime ProposedAtUtc { get; private set; }

    public PhaseChangeStatus Status { get; private set; }

    public string? DecidedBy { get; private set; }

    public DateTime? DecidedAtUtc { get; private set; }

    /// <summary>The day the new phase began (approved only).</summary>
    public DateOnly? DecidedOn { get; private set; }

    /// <summary>Why the coordinator returned it: encrypted.</summary>
    public string? ReturnReason { get; private set; }

    public bool IsPending => Status == PhaseChangeStatus.Pending;

    Guid IPartOf<Placement>.RootId => PlacementId;

    internal static PhaseChange Propose(Guid placementId, ShelterPhase from, ShelterPhase to, string review, string? skipReason, string proposerId, DateTime utcNow)
    {
        if (!Enum.IsDefined(to) || to <= from)
        {
            throw new DomainException("Shelter.Errors.PhaseNotForward");
        }

        // A skipped phase (1 → 3) is a departure from the programme: it needs its reason on record.
        var skips = to - from > 1;
        return new PhaseChange
        {
            PlacementId = placementId,
            From = from,
            To = to,
            Review = Guard.Text(review, ReviewMaxLength, "Shelter.Errors.PhaseReview"),
            SkipReason = skips ? Guard.Reason(skipReason, ReasonMaxLength, "Shelter.Errors.SkipReasonRequired") : null,
            ProposedBy = proposerId,
            ProposedAtUtc = utcNow,
            Status = PhaseChangeStatus.Pending,
        };
    }

    internal void Approve(string coordinatorId, DateTime utcNow, DateOnly today)
    {
        Decide(coordinatorId, utcNow);
        Status = PhaseChangeStatus.Approved;
        DecidedOn = today;
    }

    internal void Return(string coordinatorId, string reason, DateTime utcNow)
    {
        var why = Guard.Reason(reason, ReasonMaxLength, "Shelter.Errors.ReturnReasonRequired");
        Decide(coordinatorId, utcNow);
        Status = PhaseChangeStatus.Returned;
        ReturnReason = why;
    }

    /// <summary>Four eyes: whoever proposed the change cannot decide it, whatever their role.</summary>
    private void Decide(string coordinatorId, DateTime utcNow)
    {
        if (!IsPending)
        {
            throw new DomainException("Shelter.Errors.PhaseChangeNotPending");
        }

        if (coordinatorId == ProposedBy)
        {
            throw new DomainException("Shelter.Errors.ProposerCannotDecide");
        }

        DecidedBy = coordinatorId;
        DecidedAtUtc = utcNow;
    }
}
