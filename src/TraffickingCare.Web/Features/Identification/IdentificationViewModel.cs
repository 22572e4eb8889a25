using TraffickingCare.Domain.Identification;

namespace TraffickingCare.Web.Features.Identification;

/// <summary>A case's identification at a glance: the preliminary checklist and every findings revision.</summary>
public sealed record IdentificationViewModel(
    Guid CaseId,
    string CaseCode,
    string CaseStatus,
    bool CanEdit,
    ChecklistSummaryView? Checklist,
    IReadOnlyList<FindingsRow> Findings);

public sealed record ChecklistSummaryView(bool IsCompleted, DateOnly? CompletedOn, int Present, int Absent, int Unknown, LegalElements Elements);

public sealed record FindingsRow(Guid Id, int Revision, FindingsStatus Status, IdentificationDecision? Decision, DateOnly? DecidedOn, bool IsSuperseded);
