namespace TraffickingCare.Web.Features.Services;

/// <param name="CanEdit">The user may change the case: the link says the services page is where a service is logged.</param>
public sealed record ServicesPanelModel(Guid CaseId, IReadOnlyList<ServiceRow> Latest, int Total, bool CanEdit);
