using FluentValidation.Results;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace TraffickingCare.Web.Infrastructure.Mvc;

public static class ModelStateExtensions
{
    /// <summary>Adds the validator's errors under the fields' names (with the form's prefix when the form is nested in a page model).</summary>
    public static void AddErrors(this ModelStateDictionary modelState, ValidationResult result, string? prefix = null)
    {
        foreach (var error in result.Errors)
        {
            var key = string.IsNullOrEmpty(prefix) || string.IsNullOrEmpty(error.PropertyName) ? error.PropertyName : $"{prefix}.{error.PropertyName}";
            modelState.AddModelError(key, error.ErrorMessage);
        }
    }

    /// <summary>
    /// Forgets the values a list's GET filter could not bind (<c>?UrgentOnly=yes</c>), so the filter form is rendered
    /// from the model's defaults. A filter has no error to show, and the checkbox tag helper would otherwise convert
    /// the value the user sent to a Boolean while rendering and fail with a server error.
    /// </summary>
    public static void ForgetMalformedFilterValues(this ModelStateDictionary modelState)
    {
        foreach (var key in modelState.Where(entry => entry.Value is { Errors.Count: > 0 }).Select(entry => entry.Key).ToList())
        {
            modelState.Remove(key);
        }
    }

    /// <summary>
    /// A list's rows are posted by position (<c>Form.Notes[2].Text</c>), and a form shown again over rows that moved
    /// meanwhile (one added before them, one taken away) is rendered by each row's id. Each posted row's values and
    /// errors go to the position its id has <paramref name="now"/>, so what was typed (even a value that could not be
    /// read, such as "1o" for a number) and its message stand beside the row they are about; the errors of a row that is
    /// gone stay in the summary above the form, and a row added meanwhile shows what the page holds for it.
    /// </summary>
    public static void MoveRows<TId>(this ModelStateDictionary modelState, string rows, IReadOnlyList<TId> posted, IReadOnlyList<TId> now)
    {
        var start = rows + "[";
        var positions = now.ToList();
        // Copied before removing: removing a key clears its entry.
        var moved = modelState.Where(e => e.Key.StartsWith(start, StringComparison.Ordinal))
            .Select(e => (e.Key, e.Value?.RawValue, e.Value?.AttemptedValue, e.Value?.ValidationState, Errors: e.Value?.Errors.Select(x => x.ErrorMessage).ToList() ?? [])).ToList();
        foreach (var (key, _, _, _, _) in moved)
        {
            modelState.Remove(key);
        }

        foreach (var (key, raw, attempted, state, errors) in moved)
        {
            var close = key.IndexOf(']', start.Length);
            var at = close > 0 && int.TryParse(key.AsSpan(start.Length, close - start.Length), out var i) && i >= 0 && i < posted.Count
                ? positions.IndexOf(posted[i])
                : -1;
            var target = at < 0 ? string.Empty : $"{start}{at}{key[close..]}";
            if (at >= 0 && raw is not null)
            {
                // A value set anew is "not validated", which would make the whole form invalid: it keeps its own state.
                modelState.SetModelValue(target, raw, attempted);
                if (state == ModelValidationState.Valid)
                {
                    modelState.MarkFieldValid(target);
                }
                else if (state == ModelValidationState.Skipped)
                {
                    modelState.MarkFieldSkipped(target);
                }
            }

            foreach (var error in errors)
            {
                modelState.AddModelError(target, error);
            }
        }
    }
}
