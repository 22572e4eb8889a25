using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using TraffickingCare.Domain.Attachments;
using TraffickingCare.Domain.Cases;
using TraffickingCare.Web.Data.Auditing;
using TraffickingCare.Web.Features.Shared.Uploads;
using TraffickingCare.Web.Identity;
using TraffickingCare.Web.Infrastructure.Mvc;
using TraffickingCare.Web.Infrastructure.Storage;

namespace TraffickingCare.Web.Features.Attachments;

/// <summary>
/// A case's documents: the team and the coordinator upload, download and remove them. Management sees the list on
/// the case page (what, when, by whom) but downloads nothing: a document is the person's story in full (an identity
/// card, a medical report) and oversight needs its existence, not its content. Every upload and removal is audited
/// by the save, every download here before the first byte.
/// </summary>
[Authorize(Policy = Policies.CaseEditors)]
public sealed class AttachmentsController(FormPost post, AttachmentListQuery query) : Controller
{
    private const string RouteKey = "caseId";
    private const string FormPrefix = nameof(AttachmentsPage.Upload);

    /// <summary>The feature's own page: where a refused upload comes back with its reasons.</summary>
    [HttpGet("Cases/{caseId:guid}/Attachments")]
    [AuditView(nameof(CaseFile), RouteKey)]
    public async Task<IActionResult> Index(Guid caseId, CancellationToken ct) =>
        await query.PageAsync(caseId, User, ct) is { } page ? View(page) : NotFound();

    [HttpPost("Cases/{caseId:guid}/Attachments")]
    [UploadLimits("Attachments", nameof(Index), "caseId")]
    [AuditView(nameof(CaseFile), RouteKey)]
    public Task<IActionResult> Upload(
        Guid caseId,
        [Bind(Prefix = FormPrefix)] UploadAttachmentForm form,
        [FromServices] IValidator<UploadAttachmentForm> validator,
        [FromServices] UploadAttachmentHandler handler,
        CancellationToken ct) =>
        post.EndAsync(this, form, validator, f => handler.HandleAsync(caseId, f, User, ct),
            new("Attachments.Added",
                Done: _ => CaseSection(caseId),
                Again: async _ => await query.PageAsync(caseId, User, ct) is { } page ? View(nameof(Index), page with { Upload = form }) : NotFound(),
                Prefix: FormPrefix), ct);

    [HttpGet("Cases/{caseId:guid}/Attachments/{attachmentId:guid}")]
    public async Task<IActionResult> Download(Guid caseId, Guid attachmentId, [FromServices] AttachmentStore store, [FromServices] AuditTrail audit, CancellationToken ct)
    {
        if (await query.ForDownloadAsync(caseId, attachmentId, User, ct) is not { } attachment)
        {
            return NotFound();
        }

        if (!store.Exists(attachment.StoredName))
        {
            // The folder was not restored with the database: an operator's problem, logged with the id only.
            throw new FileNotFoundException($"The file of attachment {attachment.Id} is not in the attachments folder.");
        }

        // Recorded before the first byte: if the entry cannot be written, nothing is sent.
        await audit.RecordDownloadAsync(nameof(CaseAttachment), attachment.Id, DownloadedFile.Stored(attachment.SizeBytes), ct: ct);
        return new AttachmentDownloadResult(attachment, store);
    }

    /// <summary>Soft: the row is marked deleted and the file stays in the folder.</summary>
    [HttpPost("Cases/{caseId:guid}/Attachments/{attachmentId:guid}/Remove")]
    public Task<IActionResult> Remove(Guid caseId, Guid attachmentId, [FromServices] RemoveAttachmentHandler handler, CancellationToken ct) =>
        post.EndButtonAsync(this, () => handler.HandleAsync(caseId, attachmentId, User, ct), new("Attachments.Removed", Done: _ => CaseSection(caseId)));

    private static RedirectToActionResult CaseSection(Guid caseId) => new("Details", "Cases", new { caseId }, "attachments");
}
