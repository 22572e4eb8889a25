using TraffickingCare.Web.Features.Shared.Home;

namespace TraffickingCare.Web.Features.Cases.HomePanels;

/// <summary>The visible cases per status, in the lifecycle's order.</summary>
public sealed record CaseWork(IReadOnlyList<CasesByStatus> Groups) : HomePanelModel;
