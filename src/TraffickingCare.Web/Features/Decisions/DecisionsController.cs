using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;
using TraffickingCare.Domain.Auditing;
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
        // Recorded before the first byte: a download that cannot be audited does not happen.
        await audit.RecordAsync(AuditAction.Downloaded, ExportAuditType, Guid.Empty, reason: null, ct);
        Response.ContentType = "text/csv; charset=utf-8";
        Response.Headers[HeaderNames.ContentDisposition] = new ContentDispositionHeaderValue("attachment") { FileName = DecisionExportHandler.FileName(filter) }.ToString();
        await export.WriteAsync(filter, User, Response.Body, ct);
        return new EmptyResult();
    }
}
