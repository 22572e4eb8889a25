using TraffickingCare.Domain.Common;

namespace TraffickingCare.Domain.Shelter;

/// <summary>
/// The individual plan of the placement: goals per phase with their reviews, progress notes, and the phase changes
/// that move her through the programme (each proposed by staff and decided by another person, a coordinator).
/// </summary>
public sealed partial class Placement
{
    private readonly List<PlanGoal> goals = [];
    private readonly List<ProgressNote> notes = [];
    private readonly List<PhaseChange> phaseChanges = [];

    public IReadOnlyList<PlanGoal> Goals => goals;

    /// <summary>Loaded only when a note is amended (the one it amends); adding needs none of them.</summary>
    public IReadOnlyList<ProgressNote> Notes => notes;

    public IReadOnlyList<PhaseChange> PhaseChanges => phaseChanges;

    public PhaseChange? PendingPhaseChange => phaseChanges.SingleOrDefault(c => c.IsPending);

    /// <summary>The day a phase began: admission for stabilisation, the approval for a later one; null if not (yet) reached.</summary>
    public DateOnly? PhaseBeganOn(ShelterPhase phase) =>
        phase == ShelterPhase.Stabilisation
            ? AdmittedOn
            : phaseChanges.Where(c => c.Status == PhaseChangeStatus.Approved && c.To == phase).Select(c => c.DecidedOn).Max();

    public PlanGoal AddGoal(ShelterPhase phase, GoalArea area, string description, string? activities, string responsibleId, DateOnly targetOn)
    {
        EnsureActive();
        if (!Enum.IsDefined(phase) || phase < Phase)
        {
            throw new DomainException("Shelter.Errors.GoalPhasePast");
        }

        EnsureTargetInPhase(phase, targetOn);
        var goal = PlanGoal.In(Id, phase).Describe(area, description, activities, responsibleId, targetOn);
        goals.Add(goal);
        return goal;
    }

    public void EditGoal(Guid goalId, GoalArea area, string description, string? activities, string responsibleId, DateOnly targetOn)
    {
        EnsureActive();
        var goal = Goal(goalId);
        EnsureTargetInPhase(goal.Phase, targetOn);
        goal.Describe(area, description, activities, responsibleId, targetOn);
    }

    public GoalReview ReviewGoal(Guid goalId, GoalStatus status, string? comment, string reviewerId, DateTime utcNow)
    {
        EnsureActive();
        return Goal(goalId).Review(status, comment, reviewerId, utcNow);
    }

    /// <summary>A new note, or an amendment of an earlier one (which must be loaded): notes are never edited.</summary>
    public ProgressNote WriteNote(string text, string authorId, DateTime utcNow, Guid? amendsNoteId = null)
    {
        if (amendsNoteId is { } amends && notes.All(n => n.Id != amends))
        {
            throw new DomainException("Shelter.Errors.NoteNotFound");
        }

        var note = ProgressNote.Write(Id, text, authorId, utcNow, amendsNoteId);
        notes.Add(note);
        return note;
    }

    public PhaseChange ProposePhase(ShelterPhase to, string review, string? skipReason, string proposerId, DateTime utcNow)
    {
        EnsureActive();
        if (PendingPhaseChange is not null)
        {
            throw new DomainException("Shelter.Errors.PhaseChangePending");
        }

        var change = PhaseChange.Propose(Id, Phase, to, review, skipReason, proposerId, utcNow);
        phaseChanges.Add(change);
        return change;
    }

    /// <summary>The coordinator approves: she is in the new phase from <paramref name="today"/>.</summary>
    public void ApprovePhase(Guid changeId, string coordinatorId, DateTime utcNow, DateOnly today)
    {
        EnsureActive();
        var change = Pending(changeId);
        change.Approve(coordinatorId, utcNow, today);
        Phase = change.To;
    }

    public void ReturnPhase(Guid changeId, string coordinatorId, string reason, DateTime utcNow)
    {
        EnsureActive();
        Pending(changeId).Return(coordinatorId, reason, utcNow);
    }

    /// <summary>A goal may not be due before its phase began; a phase not reached yet begins no earlier than the current one.</summary>
    private void EnsureTargetInPhase(ShelterPhase phase, DateOnly targetOn)
    {
        var began = PhaseBeganOn(phase) ?? PhaseBeganOn(Phase) ?? AdmittedOn;
        if (targetOn < began)
        {
            throw new DomainException("Shelter.Errors.GoalTargetBeforePhase");
        }
    }

    private PlanGoal Goal(Guid goalId) =>
        goals.SingleOrDefault(g => g.Id == goalId) ?? throw new DomainException("Shelter.Errors.GoalNotFound");

    private PhaseChange Pending(Guid changeId) =>
        phaseChanges.SingleOrDefault(c => c.Id == changeId && c.IsPending) ?? throw new DomainException("Shelter.Errors.PhaseChangeNotPending");
}
