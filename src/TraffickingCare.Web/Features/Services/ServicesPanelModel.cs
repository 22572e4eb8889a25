namespace TraffickingCare.Web.Features.Services;

public sealed record ServicesPanelModel(Guid CaseId, IReadOnlyList<ServiceRow> Latest, int Total, ServiceEntry? Entry);
