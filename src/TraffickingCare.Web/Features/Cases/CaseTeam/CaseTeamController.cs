using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using TraffickingCare.Domain.Cases;
using TraffickingCare.Web.Identity;
using TraffickingCare.Web.Infrastructure.Mvc;

namespace TraffickingCare.Web.Features.Cases.CaseTeam;

/// <summary>The coordinator staffs a case (lead, members) and restricts it, on the case's team page.</summary>
[Authorize(Roles = Roles.Coordinator)]
public sealed class CaseTeamController(FormPost post, CaseTeamQuery query) : Controller
{
    /// <param name="teamFind">What the coordinator typed to find a caseworker (a large centre's picker searches).</param>
    [HttpGet("Cases/Team/{caseId:guid}")]
    [AuditView(nameof(CaseFile), CasePage.RouteKey)]
    public async Task<IActionResult> Team(Guid caseId, [FromQuery] string? teamFind, CancellationToken ct) =>
        await query.PageAsync(caseId, User, teamFind, ct) is { } page ? View(page) : NotFound();

    // Done: back to the team page, for the next change (Post/Redirect/Get). Refused: the page as the case is now, the
    // member chosen still chosen and the reason above it. After a conflict the page carries the current version (a
    // change refused as stale is made again only from what is there now); after any other refusal the version posted.
    [HttpPost("Cases/Team/{caseId:guid}")]
    [AuditView(nameof(CaseFile), CasePage.RouteKey)]
    public Task<IActionResult> Team(
        Guid caseId, CaseTeamForm form, [FromServices] IValidator<CaseTeamForm> validator, [FromServices] ChangeCaseTeamHandler handler, CancellationToken ct) =>
        post.EndAsync(this, form, validator, f => handler.HandleAsync(caseId, f, User, ct), new("Cases.Team.Done",
            Done: _ => RedirectToAction(nameof(Team), new { caseId }),
            Again: async result =>
            {
                if (result is { IsConflict: true })
                {
                    ModelState.Remove(nameof(CaseTeamForm.Version));
                }

                return await query.PageAsync(caseId, User, null, ct, chosen: form.UserId) is { } page ? View(page) : NotFound();
            }), ct);
}
