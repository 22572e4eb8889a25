using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using TraffickingCare.Web.Data.Auditing;
using TraffickingCare.Web.Features.Shared.Story;
using TraffickingCare.Web.Identity;
using TraffickingCare.Web.Infrastructure.Mvc;
using TraffickingCare.Web.Resources;

namespace TraffickingCare.Web.Features.Cases;

/// <summary>The person's identifying data on a case: edited by the team, read by management only with a recorded reason.</summary>
public sealed class CasePersonController(IStringLocalizer<SharedResource> l) : Controller
{
    private const string DetailsView = "/Features/Cases/Details.cshtml";

    [HttpPost]
    [Authorize(Policy = Policies.CaseEditors)]
    public async Task<IActionResult> Save(
        Guid id,
        [Bind(Prefix = "Person")] PersonIdentityForm form,
        [FromServices] IValidator<PersonIdentityForm> validator,
        [FromServices] PersonIdentityHandler handler,
        [FromServices] CaseDetailsQuery query,
        CancellationToken ct)
    {
        var validation = await validator.ValidateAsync(form, ct);
        var result = validation.IsValid ? await handler.SaveAsync(id, form, User, ct) : null;
        if (result is { Found: false })
        {
            return NotFound();
        }

        if (result is { Succeeded: true })
        {
            TempData.Flash(l["People.Saved"]);
            return RedirectToAction(nameof(CasesController.Details), "Cases", new { id });
        }

        ModelState.AddErrors(validation, "Person");
        if (result?.ErrorKey is { } key)
        {
            ModelState.AddModelError(string.Empty, l[key]);
        }

        var model = await query.GetAsync(id, User, ct);
        if (model is null)
        {
            return NotFound();
        }

        await HttpContext.RequestServices.GetRequiredService<AuditTrail>().RecordViewAsync("CaseFile", id, ct: ct);
        return View(DetailsView, model with { Person = form });
    }

    /// <summary>Management sees who the person is only after saying why; the reason goes into the audit trail (see <see cref="CaseStory"/>).</summary>
    [HttpPost]
    [Authorize(Roles = Roles.Management)]
    [AuditView("CaseFile")]
    public Task<IActionResult> Reveal(Guid id, string? reason, [FromServices] CaseDetailsQuery query, CancellationToken ct) =>
        this.RevealAsync(StoryPart.Person, id, reason, proof => query.GetAsync(id, User, ct, proof), DetailsView, ct);
}
