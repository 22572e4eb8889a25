using TraffickingCare.Web.Features.Shared.CasePanels;

namespace TraffickingCare.Web.Features.Work.WorkTasks;

/// <summary>The case's tasks on the case page, with a quick form to set one for whoever works on the case.</summary>
public sealed class CaseTasksPanel(CaseTasksQuery query) : ICasePanel
{
    public int Order => 50;

    public async Task<CasePanelView?> BuildAsync(CasePanelContext context, CancellationToken ct) =>
        CasePanelView.Beside(this, "_CaseTasks", await query.GetAsync(context.CaseId, context.CaseCode, context.CanEdit, context.ShowsStory, context.User, ct));
}
