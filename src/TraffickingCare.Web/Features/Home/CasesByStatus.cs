using TraffickingCare.Domain.Cases;

namespace TraffickingCare.Web.Features.Home;

public sealed record CasesByStatus(CaseStatus Status, int Count);
