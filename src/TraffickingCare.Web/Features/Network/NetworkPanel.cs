using TraffickingCare.Web.Features.Shared.CasePanels;

namespace TraffickingCare.Web.Features.Network;

/// <summary>The support network on the case page: the ecomap and its table, and a link to the network's page.</summary>
public sealed class NetworkPanel(NetworkQuery query) : ICasePanel
{
    public int Order => 300;

    public async Task<CasePanelView?> BuildAsync(CasePanelContext context, CancellationToken ct) =>
        CasePanelView.Beside(this, "_NetworkPanel", await query.ViewAsync(context.CaseId, context.CaseCode, context.CanEdit, ct));
}
