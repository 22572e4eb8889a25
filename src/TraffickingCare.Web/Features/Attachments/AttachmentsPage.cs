namespace TraffickingCare.Web.Features.Attachments;

/// <summary>
/// A case's attachments: the panel of the case page and the feature's own page (where a refused upload comes back,
/// with what was typed). <see cref="CanEdit"/>: the team and the coordinator upload, download and remove;
/// management sees the list only.
/// </summary>
public sealed record AttachmentsPage(Guid CaseId, string CaseCode, bool CanEdit, bool ShowsNames, long MaxBytes, IReadOnlyList<AttachmentRow> Rows)
{
    public UploadAttachmentForm Upload { get; init; } = new();
}
