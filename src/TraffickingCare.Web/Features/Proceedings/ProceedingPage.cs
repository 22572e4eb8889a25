using TraffickingCare.Domain.Proceedings;
using TraffickingCare.Web.Features.Proceedings.Hearings;

namespace TraffickingCare.Web.Features.Proceedings;

/// <summary>
/// One proceeding: what is recorded, its stage history, its hearings and the forms that change them.
/// <see cref="ShowsSecrets"/> is false for a reader who does not work on the case (management): the case number,
/// the lawyer's description, the reasons and the hearings' outcomes are then not shown.
/// </summary>
public sealed record ProceedingPage(
    Guid Id,
    Guid CaseId,
    string CaseCode,
    bool CanEdit,
    bool ShowsSecrets,
    ProceedingSummary Summary,
    IReadOnlyList<StageRow> History,
    IReadOnlyList<HearingRow> Hearings,
    ProceedingOptions Options)
{
    public ProceedingForm Form { get; init; } = new();

    public StageForm StageForm { get; init; } = new();

    public HearingForm HearingForm { get; init; } = new();
}

public sealed record ProceedingSummary(
    int Version,
    string AuthorityName,
    string? CaseNumber,
    ProceedingRole Role,
    ProceedingStage Stage,
    DateOnly StageSince,
    bool LawyerEngaged,
    string? LawyerPartnerName,
    string? LawyerDescription,
    ProtectiveMeasures Measures,
    Compensation? Claimed,
    Compensation? Awarded,
    bool NonPunishmentApplied);

public sealed record StageRow(ProceedingStage Stage, DateOnly Since, string RecordedByName, string? Reason);

/// <summary>A hearing in a list; <see cref="Outcome"/> is null when hidden or not recorded yet.</summary>
public sealed record HearingRow(
    Guid Id, DateTime StartsAtUtc, string CourtName, HearingKind Kind, string? EscortName, bool PsychologicalSupport, bool StatementGiven, string? Outcome);
