using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using TraffickingCare.Domain.Common;
using TraffickingCare.Web.Identity;
using TraffickingCare.Web.Infrastructure.Mvc;
using TraffickingCare.Web.Resources;

namespace TraffickingCare.Web.Features.CodeLists;

/// <summary>Code lists (šifarnici): administrators correct labels and order, add values and retire them.</summary>
[Authorize(Roles = Roles.Administrator)]
public sealed class CodeListsController(IStringLocalizer<SharedResource> l) : Controller
{
    [HttpGet]
    public async Task<IActionResult> Index([FromServices] CodeListIndexQuery query, CancellationToken ct) =>
        View(await query.GetAsync(ct));

    [HttpGet("CodeLists/List/{name}")]
    public async Task<IActionResult> List(string name, [FromServices] CodeListValuesQuery query, CancellationToken ct, int page = 1)
    {
        var model = await query.GetAsync(name, page, ct);
        return model is null ? NotFound() : View(model);
    }

    [HttpGet]
    public async Task<IActionResult> Edit(Guid id, [FromServices] EditValueFormQuery query, CancellationToken ct)
    {
        var form = await query.GetAsync(id, ct);
        return form is null ? NotFound() : View(form);
    }

    [HttpPost]
    public async Task<IActionResult> Edit(
        Guid id,
        EditValueForm form,
        [FromServices] IValidator<EditValueForm> validator,
        [FromServices] EditValueHandler handler,
        [FromServices] EditValueFormQuery query,
        CancellationToken ct)
    {
        var saved = await query.GetAsync(id, ct);
        if (saved is null)
        {
            return NotFound();
        }

        (form.List, form.Code) = (saved.List, saved.Code);
        var result = await validator.ValidateAsync(form, ct);
        if (!result.IsValid)
        {
            ModelState.AddErrors(result);
            return View(form);
        }

        var outcome = await TryAsync(() => handler.HandleAsync(id, form, ct));
        switch (outcome)
        {
            case SaveOutcome.Saved:
                TempData.Flash(l["CodeLists.Flash.Saved", form.Code]);
                return RedirectToAction(nameof(List), new { name = form.List });
            case SaveOutcome.NotFound:
                return NotFound();
            case SaveOutcome.Conflict:
                // Keep what the user typed, show what is saved now, and take the new version: saving
                // again is then a deliberate overwrite by someone who has seen the other change.
                var latest = await query.GetAsync(id, ct);
                form.Saved = latest is null ? null : new SavedValue(latest.LabelLatin!, latest.LabelCyrillic!, latest.LabelEnglish!, latest.SortOrder ?? 0);
                form.Version = latest?.Version ?? form.Version;
                ModelState.Remove(nameof(EditValueForm.Version));
                ModelState.AddModelError(string.Empty, l["Common.ConcurrencyConflict"]);
                return View(form);
            default:
                return View(form);
        }
    }

    [HttpGet]
    public async Task<IActionResult> Create(string list, [FromServices] CreateValueHandler handler, CancellationToken ct)
    {
        var next = await handler.NextSortOrderAsync(list, ct);
        return next is null ? NotFound() : View(new CreateValueForm { List = list, SortOrder = next });
    }

    [HttpPost]
    public async Task<IActionResult> Create(
        CreateValueForm form, [FromServices] IValidator<CreateValueForm> validator, [FromServices] CreateValueHandler handler, CancellationToken ct)
    {
        var result = await validator.ValidateAsync(form, ct);
        if (!result.IsValid)
        {
            ModelState.AddErrors(result);
            return View(form);
        }

        switch (await TryAsync(() => handler.HandleAsync(form, ct)))
        {
            case CreateOutcome.Created:
                TempData.Flash(l["CodeLists.Flash.Created", form.Code!.Trim()]);
                return RedirectToAction(nameof(List), new { name = form.List!.Trim() });
            case CreateOutcome.UnknownList:
                return NotFound();
            case CreateOutcome.DuplicateCode:
                ModelState.AddModelError(nameof(CreateValueForm.Code), l["CodeLists.Errors.DuplicateCode"]);
                return View(form);
            default:
                return View(form);
        }
    }

    [HttpPost]
    public Task<IActionResult> Deactivate(Guid id, [FromServices] ChangeValueStatusHandler handler, CancellationToken ct, int page = 1) =>
        ChangeStatusAsync(id, active: false, page, handler, ct);

    [HttpPost]
    public Task<IActionResult> Activate(Guid id, [FromServices] ChangeValueStatusHandler handler, CancellationToken ct, int page = 1) =>
        ChangeStatusAsync(id, active: true, page, handler, ct);

    private async Task<IActionResult> ChangeStatusAsync(Guid id, bool active, int page, ChangeValueStatusHandler handler, CancellationToken ct)
    {
        var result = await handler.HandleAsync(id, active, ct);
        if (result is null)
        {
            return NotFound();
        }

        if (result.Outcome == SaveOutcome.Conflict)
        {
            TempData.FlashError(l["Common.ConcurrencyConflict"]);
        }
        else
        {
            TempData.Flash(l[active ? "CodeLists.Flash.Activated" : "CodeLists.Flash.Deactivated"]);
        }

        return RedirectToAction(nameof(List), new { name = result.List, page });
    }

    /// <summary>A broken domain rule becomes a model error in the user's language; the form is shown again.</summary>
    private async Task<T?> TryAsync<T>(Func<Task<T>> work)
        where T : struct, Enum
    {
        try
        {
            return await work();
        }
        catch (DomainException e)
        {
            ModelState.AddModelError(string.Empty, l[e.ResourceKey]);
            return null;
        }
    }
}
