using TraffickingCare.Web.Features.Shared.CasePanels;

namespace TraffickingCare.Web.Features.Attachments;

/// <summary>The attachments section of the case page: the list, and for the team and the coordinator the upload form.</summary>
public sealed class AttachmentsPanel(AttachmentListQuery query) : ICasePanel
{
    public int Order => 500;

    public async Task<CasePanelView?> BuildAsync(CasePanelContext context, CancellationToken ct) =>
        CasePanelView.Beside(this, "_Attachments", await query.ForCaseAsync(context.CaseId, context.CaseCode, context.CanEdit, context.ShowsStory, ct));
}
