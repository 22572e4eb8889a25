using TraffickingCare.Domain.Cases;

namespace TraffickingCare.Web.Features.Cases.HomePanels;

public sealed record CasesByStatus(CaseStatus Status, int Count);
