using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using TraffickingCare.Web.Identity;
using TraffickingCare.Web.Infrastructure.Mvc;
using TraffickingCare.Web.Resources;

namespace TraffickingCare.Web.Features.Cases;

/// <summary>Correcting one's own note in its first 24 hours; after that the domain refuses and only amendments remain.</summary>
[Authorize(Policy = Policies.CaseEditors)]
public sealed class CaseNotesController(IStringLocalizer<SharedResource> l) : Controller
{
    [HttpPost]
    public async Task<IActionResult> Edit(
        Guid id,
        Guid noteId,
        [Bind(Prefix = "NoteForm")] CaseNoteForm form,
        [FromServices] IValidator<CaseNoteForm> validator,
        [FromServices] CaseChangeHandler handler,
        CancellationToken ct)
    {
        var validation = await validator.ValidateAsync(form, ct);
        if (!validation.IsValid)
        {
            TempData.FlashError(validation.Errors[0].ErrorMessage);
            return RedirectToAction(nameof(CasesController.Details), "Cases", new { id });
        }

        var result = await handler.EditNoteAsync(id, noteId, form.Text!, User, ct);
        if (!result.Found)
        {
            return NotFound();
        }

        if (result.Succeeded)
        {
            TempData.Flash(l["Cases.Notes.Edited"]);
        }
        else
        {
            TempData.FlashError(l[result.ErrorKey!]);
        }

        return RedirectToAction(nameof(CasesController.Details), "Cases", new { id });
    }
}
