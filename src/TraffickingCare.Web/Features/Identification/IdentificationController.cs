using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using TraffickingCare.Web.Identity;
using TraffickingCare.Web.Infrastructure.Mvc;

namespace TraffickingCare.Web.Features.Identification;

/// <summary>
/// A case's identification at a glance. Its sub-workflows have their own folders: the preliminary checklist
/// (<c>Checklist</c>), interviews and sources (<c>Evidence</c>), the findings and opinion (<c>Findings</c>).
/// The team edits, the coordinator approves, management reads; which case a user reaches is decided by CaseAccess, as everywhere.
/// </summary>
[Authorize(Policy = Policies.CaseReaders)]
public sealed class IdentificationController : Controller
{
    [HttpGet("Identification/Case/{caseId:guid}")]
    [AuditView(IdentificationAudit.Case, "caseId")]
    public async Task<IActionResult> Case(Guid caseId, [FromServices] IdentificationQuery query, CancellationToken ct) =>
        await query.GetAsync(caseId, User, ct) is { } model ? View(model) : NotFound();
}
