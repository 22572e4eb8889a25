using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using TraffickingCare.Domain.Conferences;
using TraffickingCare.Web.Data.Auditing;
using TraffickingCare.Web.Identity;
using TraffickingCare.Web.Reporting;
using TraffickingCare.Web.Resources;

namespace TraffickingCare.Web.Features.Conferences.Minutes;

/// <summary>
/// A conference's minutes as PDF, in the user's language, for the case's team and the coordinator. Before the
/// conference is closed the document says it is a draft. Every download is audited as a download of the conference.
/// </summary>
[Authorize(Policy = Policies.CaseEditors)]
public sealed class MinutesController(MinutesQuery query, IPdfRenderer renderer, AuditTrail audit, IStringLocalizer<SharedResource> l) : Controller
{
    [HttpGet("Conferences/{conferenceId:guid}/Minutes.pdf")]
    public async Task<IActionResult> Pdf(Guid conferenceId, CancellationToken ct)
    {
        if (await query.GetAsync(conferenceId, User, ct) is not { } minutes)
        {
            return NotFound();
        }

        var pdf = renderer.Render(MinutesDocument.Compose(minutes, l));
        await audit.RecordDownloadAsync(nameof(CaseConference), conferenceId, DownloadedFile.Of(pdf), ct: ct);
        return File(pdf, "application/pdf", MinutesDocument.FileName(minutes, l));
    }
}
