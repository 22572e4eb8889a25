using TraffickingCare.Web.Features.Shared.CasePanels;
using TraffickingCare.Web.Infrastructure.Time;

namespace TraffickingCare.Web.Features.FieldVisits;

/// <summary>The case page's field visits: the latest few and a link to the visits page, where the team records one.</summary>
public sealed class FieldVisitsPanel(FieldVisitRows rows, CentreClock clock) : ICasePanel
{
    public const int Latest = 3;

    public int Order => 200;

    public async Task<CasePanelView?> BuildAsync(CasePanelContext context, CancellationToken ct)
    {
        var (latest, total) = await rows.LatestOfCaseAsync(context.CaseId, context.ShowsStory, context.User, clock.UtcNow, ct);
        return CasePanelView.Beside(this, "_FieldVisitsPanel", new FieldVisitsPanelModel(context.CaseId, latest, total, context.CanEdit));
    }
}
