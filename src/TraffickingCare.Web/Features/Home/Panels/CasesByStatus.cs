using TraffickingCare.Domain.Cases;

namespace TraffickingCare.Web.Features.Home.Panels;

public sealed record CasesByStatus(CaseStatus Status, int Count);
