using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using TraffickingCare.Web.Identity;
using TraffickingCare.Web.Infrastructure.Mvc;

namespace TraffickingCare.Web.Features.CodeLists;

/// <summary>Code lists (šifarnici): administrators correct labels and order, add values and retire them.</summary>
[Authorize(Roles = Roles.Administrator)]
public sealed class CodeListsController(FormPost post) : Controller
{
    [HttpGet]
    public async Task<IActionResult> Index([FromServices] CodeListIndexQuery query, CancellationToken ct) =>
        View(await query.GetAsync(ct));

    [HttpGet("CodeLists/List/{list}")]
    public async Task<IActionResult> List(string list, [FromServices] CodeListValuesQuery query, CancellationToken ct, int page = 1)
    {
        var model = await query.GetAsync(list, page, ct);
        return model is null ? NotFound() : View(model);
    }

    [HttpGet("CodeLists/Edit/{valueId:guid}")]
    public async Task<IActionResult> Edit(Guid valueId, [FromServices] EditValueFormQuery query, CancellationToken ct)
    {
        var form = await query.GetAsync(valueId, ct);
        return form is null ? NotFound() : View(form);
    }

    [HttpPost("CodeLists/Edit/{valueId:guid}")]
    public async Task<IActionResult> Edit(
        Guid valueId,
        EditValueForm form,
        [FromServices] IValidator<EditValueForm> validator,
        [FromServices] EditValueHandler handler,
        [FromServices] EditValueFormQuery query,
        CancellationToken ct)
    {
        if (await query.GetAsync(valueId, ct) is not { } saved)
        {
            return NotFound();
        }

        (form.List, form.Code) = (saved.List, saved.Code);
        return await post.EndAsync(this, form, validator, f => handler.HandleAsync(valueId, f, ct),
            new("CodeLists.Flash.Saved",
                Done: _ => RedirectToAction(nameof(List), new { list = form.List }),
                Again: result => EditAgainAsync(valueId, form, result, query, ct)), ct);
    }

    [HttpGet]
    public async Task<IActionResult> Create(string list, [FromServices] NextSortOrderQuery query, CancellationToken ct)
    {
        var next = await query.GetAsync(list, ct);
        return next is null ? NotFound() : View(new CreateValueForm { List = list, SortOrder = next });
    }

    [HttpPost]
    public Task<IActionResult> Create(
        CreateValueForm form, [FromServices] IValidator<CreateValueForm> validator, [FromServices] CreateValueHandler handler, CancellationToken ct) =>
        post.EndAsync(this, form, validator, f => handler.HandleAsync(f, ct),
            new("CodeLists.Flash.Created",
                Done: _ => RedirectToAction(nameof(List), new { list = form.List!.Trim() }),
                Again: _ => Task.FromResult<IActionResult>(View(form))), ct);

    /// <param name="list">The list page the button was on, and its page: where the answer returns to.</param>
    [HttpPost("CodeLists/Deactivate/{valueId:guid}")]
    public Task<IActionResult> Deactivate(Guid valueId, string? list, [FromServices] ChangeValueStatusHandler handler, CancellationToken ct, int page = 1) =>
        post.EndButtonAsync(this, () => handler.HandleAsync(valueId, ValueStatus.Retired, ct), new("CodeLists.Flash.Deactivated", Done: _ => BackToList(list, page)));

    /// <inheritdoc cref="Deactivate"/>
    [HttpPost("CodeLists/Activate/{valueId:guid}")]
    public Task<IActionResult> Activate(Guid valueId, string? list, [FromServices] ChangeValueStatusHandler handler, CancellationToken ct, int page = 1) =>
        post.EndButtonAsync(this, () => handler.HandleAsync(valueId, ValueStatus.Active, ct), new("CodeLists.Flash.Activated", Done: _ => BackToList(list, page)));

    private RedirectToActionResult BackToList(string? list, int page) =>
        string.IsNullOrEmpty(list) ? RedirectToAction(nameof(Index)) : RedirectToAction(nameof(List), new { list, page });

    /// <summary>
    /// After a conflict: keep what the user typed, show what is saved now, and take the new version. Saving
    /// again is then a deliberate overwrite by someone who has seen the other change.
    /// </summary>
    private async Task<IActionResult> EditAgainAsync(Guid valueId, EditValueForm form, ChangeResult? result, EditValueFormQuery query, CancellationToken ct)
    {
        if (result is { IsConflict: true } && await query.GetAsync(valueId, ct) is { } latest)
        {
            form.Saved = new SavedValue(latest.LabelLatin!, latest.LabelCyrillic!, latest.LabelEnglish!, latest.SortOrder ?? 0);
            form.Version = latest.Version;
            ModelState.Remove(nameof(EditValueForm.Version));
        }

        return View(form);
    }
}
