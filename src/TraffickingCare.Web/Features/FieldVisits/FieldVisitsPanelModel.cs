namespace TraffickingCare.Web.Features.FieldVisits;

public sealed record FieldVisitsPanelModel(Guid CaseId, IReadOnlyList<FieldVisitRow> Latest, int Total, bool CanEdit);
