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

    public MoveForm MoveForm { get; init; } = new();

    public AbsenceForm AbsenceForm { get; init; } = new();

    public ExitForm ExitForm { get; init; } = new();

    /// <summary>The individual plan: goals per phase, notes (one page of them), the phase history and the pending proposal.</summary>
    public required PlacementPlan Plan { get; init; }

    public Goals.GoalForm GoalForm { get; init; } = new();

    public ProgressNotes.ProgressNoteForm NoteForm { get; init; } = new();

    public PhaseChanges.ReturnPhaseForm ReturnForm { get; init; } = new();
}

public sealed record PlacementStayRow(string Bed, DateTime FromUtc, DateTime? EndedAtUtc);

public sealed record PlacementAbsenceRow(AbsenceKind Kind, DateOnly FromOn, DateOnly? ToOn);

/// <summary>A bed to choose: "unit · room · bed".</summary>
public sealed record BedOption(Guid Id, string Name);
