using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;
using TraffickingCare.Web.Data.Auditing;
using TraffickingCare.Web.Identity;

namespace TraffickingCare.Web.Features.Decisions;

/// <summary>The register of identification decisions and its pseudonymised export; which cases a user reaches is decided by CaseAccess.</summary>
[Authorize(Policy = Policies.CaseReaders)]
public sealed class DecisionsController : Controller
{
    /// <summary>The audit entity type of an export; the register as a whole has no id of its own.</summary>
    public const string ExportAuditType = "DecisionRegister";

    [HttpGet]
    public async Task<IActionResult> Index(DecisionRegisterFilter filter, [FromServices] DecisionRegisterQuery query, CancellationToken ct) =>
        View(await query.GetAsync(filter, User, ct));

    [HttpGet]
    public async Task<IActionResult> Export(DecisionRegisterFilter filter, [FromServices] DecisionExportHandler export, [FromServices] AuditTrail audit, CancellationToken ct)
    {
        // Written to a temporary file first (deleted when closed), so that the audit entry holds the file's rows and
        // hash and is still recorded before the first byte is sent: a download that cannot be audited does not happen.
        // A register of any size still never sits in memory.
        await using var file = new FileStream(
            Path.Combine(Path.GetTempPath(), Path.GetRandomFileName()), FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 64 * 1024, FileOptions.DeleteOnClose | FileOptions.Asynchronous);
        var rows = await export.WriteAsync(filter, User, file, ct);
        await audit.RecordDownloadAsync(ExportAuditType, Guid.Empty, await DownloadedFile.OfAsync(file, rows, ct), ct: ct);
        Response.ContentType = "text/csv; charset=utf-8";
        Response.Headers[HeaderNames.ContentDisposition] = new ContentDispositionHeaderValue("attachment") { FileName = DecisionExportHandler.FileName(filter) }.ToString();
        await file.CopyToAsync(Response.Body, ct);
        return new EmptyResult();
    }
}
