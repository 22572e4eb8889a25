using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using TraffickingCare.Web.Identity;
using TraffickingCare.Web.Infrastructure.Mvc;

namespace TraffickingCare.Web.Features.Cases.CaseTeam;

/// <summary>The coordinator staffs a case (lead, members) and restricts it.</summary>
[Authorize(Roles = Roles.Coordinator)]
public sealed class CaseTeamController(FormPost post, CasePage casePage) : Controller
{
    [HttpPost("Cases/Team/{caseId:guid}")]
    public Task<IActionResult> Team(
        Guid caseId, CaseTeamForm form, [FromServices] IValidator<CaseTeamForm> validator, [FromServices] ChangeCaseTeamHandler handler, CancellationToken ct) =>
        post.EndAsync(this, form, validator, f => handler.HandleAsync(caseId, f, User, ct),
            casePage.End(this, caseId, "Cases.Team.Done", ct), ct);
}
