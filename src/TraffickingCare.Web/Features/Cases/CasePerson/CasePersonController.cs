using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using TraffickingCare.Domain.Cases;
using TraffickingCare.Web.Features.Shared.Story;
using TraffickingCare.Web.Identity;
using TraffickingCare.Web.Infrastructure.Mvc;

namespace TraffickingCare.Web.Features.Cases.CasePerson;

/// <summary>The person's identifying data on a case: edited by the team, read by management only with a recorded reason.</summary>
public sealed class CasePersonController(FormPost post, CasePage casePage) : Controller
{
    [HttpPost("CasePerson/Save/{caseId:guid}")]
    [Authorize(Policy = Policies.CaseEditors)]
    public Task<IActionResult> Save(
        Guid caseId, [Bind(Prefix = "Person")] PersonIdentityForm form, [FromServices] IValidator<PersonIdentityForm> validator, [FromServices] SavePersonIdentityHandler handler, CancellationToken ct) =>
        post.EndAsync(this, form, validator, f => handler.HandleAsync(caseId, f, User, ct),
            casePage.End(this, caseId, "People.Saved", ct, m => m with { Person = form }, prefix: "Person"), ct);

    /// <summary>Management sees who the person is only after saying why; the reason goes into the audit trail (see <see cref="CaseStory"/>).</summary>
    [HttpPost("CasePerson/Reveal/{caseId:guid}")]
    [Authorize(Roles = Roles.Management)]
    [AuditView(nameof(CaseFile), CasePage.RouteKey)]
    public Task<IActionResult> Reveal(Guid caseId, string? reason, CancellationToken ct) => casePage.RevealAsync(this, StoryPart.Person, caseId, reason, ct);
}
