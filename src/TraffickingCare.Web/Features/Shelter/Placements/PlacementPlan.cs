using TraffickingCare.Domain.Shelter;
using TraffickingCare.Web.Features.Shared.Lookups;
using TraffickingCare.Web.Features.Shared.Pages;

namespace TraffickingCare.Web.Features.Shelter.Placements;

/// <summary>A resident's individual plan as the shelter file shows it.</summary>
public sealed record PlacementPlan(
    IReadOnlyList<PlanGoalRow> Goals,
    IReadOnlyList<ProgressNoteRow> Notes,
    int NotesCount,
    Pager NotesPager,
    IReadOnlyList<PhaseChangeRow> PhaseChanges,
    IReadOnlyList<CodeListOption> Staff)
{
    public PhaseChangeRow? Pending => PhaseChanges.FirstOrDefault(c => c.Status == PhaseChangeStatus.Pending);

    public IEnumerable<PlanGoalRow> GoalsIn(ShelterPhase phase) => Goals.Where(g => g.Phase == phase);
}

public sealed record PlanGoalRow(
    Guid Id, ShelterPhase Phase, GoalArea Area, string Description, string? Activities, string ResponsibleName, DateOnly TargetOn, GoalStatus Status, DateTime? LastReviewedAtUtc);

/// <summary>A progress note, signed: who wrote it and when; an amendment names the note it corrects.</summary>
public sealed record ProgressNoteRow(Guid Id, string Text, string AuthorName, DateTime WrittenAtUtc, Guid? AmendsNoteId, DateTime? AmendsWrittenAtUtc);

/// <summary>One proposal of the phase history: who proposed it, who decided it, when.</summary>
public sealed record PhaseChangeRow(
    Guid Id,
    int Version,
    ShelterPhase From,
    ShelterPhase To,
    string Review,
    string? SkipReason,
    string ProposedById,
    string ProposedByName,
    DateTime ProposedAtUtc,
    PhaseChangeStatus Status,
    string? DecidedByName,
    DateTime? DecidedAtUtc,
    string? ReturnReason);
