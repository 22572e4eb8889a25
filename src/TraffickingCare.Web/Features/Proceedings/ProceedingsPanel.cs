using TraffickingCare.Web.Features.Shared.CasePanels;

namespace TraffickingCare.Web.Features.Proceedings;

/// <summary>The case page's section on criminal proceedings: each with its authority, current stage and next hearing; one query.</summary>
public sealed class ProceedingsPanel(ProceedingPageQuery query) : ICasePanel
{
    public int Order => 400;

    public async Task<CasePanelView?> BuildAsync(CasePanelContext context, CancellationToken ct) =>
        CasePanelView.Beside(this, "_ProceedingsPanel", new ProceedingsPanelModel(context.CaseId, context.CanEdit, await query.RowsAsync(context.CaseId, ct)));
}

public sealed record ProceedingsPanelModel(Guid CaseId, bool CanEdit, IReadOnlyList<ProceedingRow> Rows);
