namespace TraffickingCare.Web.Features.Proceedings;

/// <summary>A case's proceedings, with the form that records a new one.</summary>
public sealed record CaseProceedingsPage(Guid CaseId, string CaseCode, bool CanEdit, IReadOnlyList<ProceedingRow> Rows, ProceedingOptions Options)
{
    public OpenProceedingForm Form { get; init; } = new();
}
