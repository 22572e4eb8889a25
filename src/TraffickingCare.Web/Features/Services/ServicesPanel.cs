using TraffickingCare.Web.Features.Shared.CasePanels;
using TraffickingCare.Web.Infrastructure.Time;

namespace TraffickingCare.Web.Features.Services;

/// <summary>The case page's services: the latest few, how many in all, and the way to the services page, where the team logs one.</summary>
/// <remarks>
/// The service form lives on the services page only, as the field visits' form does. On the case page it was a sixth of
/// what every view of the case cost (its staff and partners read, the form rendered), on the page read most often for
/// the entries made least often (docs/performance.md).
/// </remarks>
public sealed class ServicesPanel(ServiceRows rows, CentreClock clock) : ICasePanel
{
    public const int Latest = 5;

    public int Order => 100;

    public async Task<CasePanelView?> BuildAsync(CasePanelContext context, CancellationToken ct)
    {
        var (latest, total) = await rows.LatestOfCaseAsync(context.CaseId, context.ShowsStory, context.User, clock.UtcNow, ct);
        return CasePanelView.Beside(this, "_ServicesPanel", new ServicesPanelModel(context.CaseId, latest, total, context.CanEdit));
    }
}
