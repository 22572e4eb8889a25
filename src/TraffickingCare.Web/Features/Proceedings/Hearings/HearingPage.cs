namespace TraffickingCare.Web.Features.Proceedings.Hearings;

/// <summary>One hearing, with the form that changes its plan or records its outcome (for those who work on the case).</summary>
public sealed record HearingPage(Guid Id, Guid ProceedingId, string CaseCode, string AuthorityName, bool CanEdit, HearingRow Row, ProceedingOptions Options)
{
    public HearingForm Form { get; init; } = new();
}
