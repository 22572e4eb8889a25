using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using TraffickingCare.Domain.Shelter;
using TraffickingCare.Web.Data.Auditing;
using TraffickingCare.Web.Identity;
using TraffickingCare.Web.Reporting;
using TraffickingCare.Web.Resources;

namespace TraffickingCare.Web.Features.Shelter.Placements.PlanPdf;

/// <summary>
/// A resident's individual plan as PDF, in the user's language: for shelter staff and the coordinator from the shelter
/// file, for the case's team from the case page. Every download is audited as a download of the placement.
/// </summary>
[Authorize(Policy = Policies.ShelterPlanReaders)]
public sealed class PlanPdfController(PlanPdfQuery query, IPdfRenderer renderer, AuditTrail audit, IStringLocalizer<SharedResource> l) : Controller
{
    [HttpGet("Shelter/Placements/{placementId:guid}/Plan.pdf")]
    public async Task<IActionResult> Plan(Guid placementId, CancellationToken ct)
    {
        if (await query.GetAsync(placementId, User, ct) is not { } plan)
        {
            return NotFound();
        }

        var pdf = renderer.Render(PlanDocument.Compose(plan, l));
        await audit.RecordDownloadAsync(nameof(Placement), placementId, DownloadedFile.Of(pdf), ct: ct);
        return File(pdf, "application/pdf", PlanDocument.FileName(plan, l));
    }
}
