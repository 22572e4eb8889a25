using TraffickingCare.Domain.Shelter;

namespace TraffickingCare.Web.Features.Shelter.Placements;

/// <summary>A resident's shelter file as shelter staff see it: the placement, never the case behind it.</summary>
public sealed record PlacementPage(
    Guid Id,
    int Version,
    string CaseCode,
    string? FirstName,
    DateTime AdmittedAtUtc,
    string? ReferredBy,
    ShelterPhase Phase,
    int Days,
    DateTime? ExitedAtUtc,
    ExitDestination? ExitDestination,
    string? ExitReason,
    IReadOnlyList<PlacementStayRow> Stays,
    IReadOnlyList<PlacementAbsenceRow> Absences,
    IReadOnlyList<BedOption> FreeBeds)
{
    public bool IsActive => ExitedAtUtc is null;

    /// <summary>The Centre's date today: the default day a follow-up was done on.</summary>
    public DateOnly Today { get; init; }

    public MoveForm MoveForm { get; init; } = new();

    public AbsenceForm AbsenceForm { get; init; } = new();

    public ExitForm ExitForm { get; init; } = new();

    /// <summary>The individual plan: goals per phase, notes (one page of them), the phase history and the pending proposal.</summary>
    public required PlacementPlan Plan { get; init; }

    public Goals.GoalForm GoalForm { get; init; } = new();

    public ProgressNotes.ProgressNoteForm NoteForm { get; init; } = new();

    public PhaseChanges.ReturnPhaseForm ReturnForm { get; init; } = new();

    /// <summary>Follow-up contacts after the exit, by due date (none while she is in the shelter).</summary>
    public IReadOnlyList<FollowUpRow> FollowUps { get; init; } = [];

    public FollowUps.FollowUpForm FollowUpForm { get; init; } = new();

    /// <summary>The outcome form as typed, for the follow-up <see cref="OutcomeFollowUpId"/> it was refused on.</summary>
    public FollowUps.FollowUpOutcomeForm OutcomeForm { get; init; } = new();

    public Guid? OutcomeFollowUpId { get; init; }
}

/// <summary>A follow-up contact after the exit: the note is the person's story, shown only on the shelter file.</summary>
public sealed record FollowUpRow(Guid Id, int Version, DateOnly DueOn, string AssigneeName, DateOnly? DoneOn, FollowUpOutcome? Outcome, string? Note)
{
    public bool IsDone => DoneOn is not null;
}

public sealed record PlacementStayRow(string Bed, DateTime FromUtc, DateTime? EndedAtUtc);

public sealed record PlacementAbsenceRow(AbsenceKind Kind, DateOnly FromOn, DateOnly? ToOn);

/// <summary>A bed to choose: "unit · room · bed".</summary>
public sealed record BedOption(Guid Id, string Name);
