using TraffickingCare.Web.Features.Shared.Home;

namespace TraffickingCare.Web.Features.Work;

/// <summary>How much of the user's work is coming up (within the horizon) and how much is overdue.</summary>
public sealed record WorkCounts(int Due, int Overdue) : HomePanelModel;
