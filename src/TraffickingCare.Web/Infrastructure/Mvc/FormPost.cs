using FluentValidation;
using FluentValidation.Results;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using TraffickingCare.Web.Resources;

namespace TraffickingCare.Web.Infrastructure.Mvc;

/// <summary>
/// The one way a POST ends. Every POST action hands its change to <see cref="EndAsync{TForm}"/> (a form with
/// typed input) or <see cref="EndButtonAsync"/> (a button: nothing typed):
/// <list type="bullet">
/// <item>out of reach or gone: 404, the same answer as for a record that never existed;</item>
/// <item>done: the message and the redirect (Post/Redirect/Get);</item>
/// <item>invalid input, a broken rule, a stale version: the reasons go into ModelState under the form's
/// prefix and <see cref="PostEnd.Again"/> shows the form again with everything typed; a button has nothing
/// typed, so its reason is flashed on the page the redirect leads to.</item>
/// </list>
/// Injected into the controller; it never fetches services of its own.
/// </summary>
public sealed class FormPost(IStringLocalizer<SharedResource> l)
{
    public async Task<IActionResult> EndAsync<TForm>(
        Controller controller, TForm form, IValidator<TForm>? validator, Func<TForm, Task<ChangeResult>> change, PostEnd end, CancellationToken ct)
    {
        var validation = validator is null ? new ValidationResult() : await validator.ValidateAsync(form, ct);
        var result = validation.IsValid ? await change(form) : null;
        if (result is { Found: false })
        {
            return controller.NotFound();
        }

        if (result is { Succeeded: true })
        {
            FlashDone(controller, result, end);
            return end.Done(result);
        }

        controller.ModelState.AddErrors(validation, end.Prefix);
        foreach (var (field, text) in result?.Described ?? [])
        {
            controller.ModelState.AddModelError(string.IsNullOrEmpty(field) ? string.Empty : Prefixed(end.Prefix, field), text);
        }

        if (result is { ErrorKey: { } key, Described.Count: 0 })
        {
            var field = result.ErrorField is null ? string.Empty : Prefixed(end.Prefix, result.ErrorField);
            controller.ModelState.AddModelError(field, l[key]);
        }

        return end.Again is null ? Flashed(controller, validation, result, end) : await end.Again(result);
    }

    /// <summary>A button on a page: done or refused, the answer is the redirect, with the message.</summary>
    public async Task<IActionResult> EndButtonAsync(Controller controller, Func<Task<ChangeResult>> change, PostEnd end)
    {
        var result = await change();
        if (!result.Found)
        {
            return controller.NotFound();
        }

        if (result.Succeeded)
        {
            FlashDone(controller, result, end);
        }
        else
        {
            controller.TempData.FlashError(Reason(result));
        }

        return end.Done(result);
    }

    private IActionResult Flashed(Controller controller, ValidationResult validation, ChangeResult? result, PostEnd end)
    {
        var reason = result?.ErrorKey is not null ? Reason(result) : validation.Errors.FirstOrDefault()?.ErrorMessage ?? l[ChangeResult.ConflictKey].Value;
        controller.TempData.FlashError(reason);
        return end.Done(result ?? ChangeResult.Done);
    }

    private void FlashDone(Controller controller, ChangeResult result, PostEnd end)
    {
        string message = l[result.DoneKey ?? end.DoneKey, result.DoneArgs];
        if (result.DoneWithProblem)
        {
            controller.TempData.FlashError(message);
        }
        else
        {
            controller.TempData.Flash(message);
        }
    }

    private string Reason(ChangeResult result) => result.Described is [var first, ..] ? first.Text : l[result.ErrorKey!];

    private static string Prefixed(string prefix, string field) => string.IsNullOrEmpty(prefix) ? field : $"{prefix}.{field}";
}

/// <summary>
/// Where a POST goes from here. <paramref name="Done"/> is the redirect (given the result, e.g. to go to the
/// record it made); <paramref name="Again"/> builds the form's page again from the current record with what was
/// typed, or is null for a form with nothing typed (a button carrying an id and a version), whose refusal is flashed;
/// <paramref name="Prefix"/> is the form's name in the page model (<c>[Bind(Prefix = ...)]</c>).
/// </summary>
public sealed record PostEnd(
    string DoneKey,
    Func<ChangeResult, IActionResult> Done,
    Func<ChangeResult?, Task<IActionResult>>? Again = null,
    string Prefix = "");
