using TraffickingCare.Domain.Identification;
using TraffickingCare.Web.Features.Identification.Evidence;
using TraffickingCare.Web.Features.Shared.Story;

namespace TraffickingCare.Web.Features.Identification;

/// <summary>A case's identification at a glance: the preliminary checklist and every findings revision.</summary>
public sealed record IdentificationViewModel(
    Guid CaseId,
    string CaseCode,
    string CaseStatus,
    bool CanEdit,
    ChecklistSummaryView? Checklist,
    IReadOnlyList<FindingsRow> Findings,
    IReadOnlyList<InterviewRow> Interviews,
    IReadOnlyList<SourceRow> Sources)
{
    /// <summary>The user may start the first findings: no findings yet, and the user is on the case's team.</summary>
    public bool StartsFindings { get; init; }

    /// <summary>The forms for a new interview and source: kept as typed after a refusal.</summary>
    public InterviewForm InterviewForm { get; init; } = new();

    public SourceForm SourceForm { get; init; } = new();
}

/// <summary>
/// An interview. Its place, interviewers, interpreter and summary can locate or name the person, so they are
/// null while the story's rule withholds them (see <see cref="CaseStory"/>); <paramref name="Hidden"/> says so.
/// </summary>
public sealed record InterviewRow(DateOnly HeldOn, string? Interviewers, string? Interpreter, string? Place, int DurationMinutes, string? Summary, bool Hidden = false);

/// <summary>Another source; its institution and document are withheld with the interviews (null, <paramref name="Hidden"/>).</summary>
public sealed record SourceRow(string? Institution, string? Document, DateOnly ReceivedOn, bool Hidden = false);

public sealed record ChecklistSummaryView(bool IsCompleted, DateOnly? CompletedOn, int Present, int Absent, int Unknown, LegalElements Elements);

public sealed record FindingsRow(Guid Id, int Revision, FindingsStatus Status, IdentificationDecision? Decision, DateOnly? DecidedOn, bool IsSuperseded);
