using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using TraffickingCare.Domain.Cases;
using TraffickingCare.Web.Features.Shared.Story;
using TraffickingCare.Web.Identity;
using TraffickingCare.Web.Infrastructure.Mvc;

namespace TraffickingCare.Web.Features.Cases.CasePerson;

/// <summary>
/// The person's identifying data on a case: shown on the case page, recorded and corrected by the team on a page of
/// its own (as the profile and the exploitation are), read by management only with a recorded reason.
/// </summary>
public sealed class CasePersonController(FormPost post, CasePersonQuery query) : Controller
{
    private const string FormPrefix = "Form";

    [HttpGet("Cases/Person/{caseId:guid}")]
    [Authorize(Policy = Policies.CaseEditors)]
    [AuditView(nameof(CaseFile), CasePage.RouteKey)]
    public async Task<IActionResult> Edit(Guid caseId, CancellationToken ct) =>
        await query.PageAsync(caseId, User, ct) is { } page ? View(page) : NotFound();

    // Done: back to the case (Post/Redirect/Get). Refused: the same form with everything typed. After a conflict
    // the page also shows what is saved now and carries the current version, so that saving again is a deliberate
    // overwrite by someone who has seen the other change.
    [HttpPost("Cases/Person/{caseId:guid}")]
    [Authorize(Policy = Policies.CaseEditors)]
    [AuditView(nameof(CaseFile), CasePage.RouteKey)]
    public async Task<IActionResult> Edit(
        Guid caseId, [Bind(Prefix = FormPrefix)] PersonIdentityForm form, [FromServices] IValidator<PersonIdentityForm> validator, [FromServices] SavePersonIdentityHandler handler, CancellationToken ct) =>
        await post.EndAsync(this, form, validator, f => handler.HandleAsync(caseId, f, User, ct), new("People.Saved",
            Done: _ => CasePage.Show(caseId),
            Again: async result =>
            {
                if (await query.PageAsync(caseId, User, ct) is not { } page)
                {
                    return NotFound();
                }

                var shown = page with { Form = form };
                if (result is { IsConflict: true })
                {
                    form.Version = page.Form.Version;
                    ModelState.Remove($"{FormPrefix}.{nameof(PersonIdentityForm.Version)}");
                    shown = shown with { Saved = page.Form };
                }

                return View(shown);
            },
            Prefix: FormPrefix), ct);

    /// <summary>Management sees who the person is only after saying why; the reason goes into the audit trail (see <see cref="CaseStory"/>).</summary>
    [HttpPost("CasePerson/Reveal/{caseId:guid}")]
    [Authorize(Roles = Roles.Management)]
    [AuditView(nameof(CaseFile), CasePage.RouteKey)]
    public Task<IActionResult> Reveal(Guid caseId, string? reason, [FromServices] CasePage casePage, CancellationToken ct) =>
        casePage.RevealAsync(this, StoryPart.Person, caseId, reason, ct);
}
