using TraffickingCare.Web.Features.Shared.Lookups;

namespace TraffickingCare.Web.Features.FieldVisits;

/// <summary>The visit form with what it offers; <see cref="VisitForm"/> is named as the form's prefix.</summary>
public sealed record FieldVisitEntry(Guid CaseId, FieldVisitForm VisitForm, IReadOnlyList<CodeListOption> Purposes, StaffOrPartnerOptions People)
{
    public Guid? CorrectsVisitId { get; init; }

    public string FormId => CorrectsVisitId is { } id ? $"correct-visit-{id}" : "record-visit";
}
