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
    /// meanwhile (one added before them, one taken away) is rendered by each row's id. Each posted row's errors go to the
    /// position its id has <paramref name="now"/>, so a message stands beside the row it is about; the errors of a row
    /// that is gone stay in the summary above the form. The rows' posted values are forgotten: the page shows what was
    /// typed by id instead, not the value posted at the same position.
    /// </summary>
    public static void MoveRows<TId>(this ModelStateDictionary modelState, string rows, IReadOnlyList<TId> posted, IReadOnlyList<TId> now)
    {
        var start = rows + "[";
        var positions = now.ToList();
        var moved = new List<(string Key, string Error)>();
        foreach (var (key, errors) in modelState.Where(e => e.Key.StartsWith(start, StringComparison.Ordinal))
            .Select(e => (e.Key, e.Value?.Errors.Select(x => x.ErrorMessage).ToList() ?? [])).ToList())
        {
            modelState.Remove(key);
            var close = key.IndexOf(']', start.Length);
            var at = close > 0 && int.TryParse(key.AsSpan(start.Length, close - start.Length), out var i) && i >= 0 && i < posted.Count
                ? positions.IndexOf(posted[i])
                : -1;
            var target = at < 0 ? string.Empty : $"{start}{at}{key[close..]}";
            moved.AddRange(errors.Select(error => (target, error)));
        }

        foreach (var (key, error) in moved)
        {
            modelState.AddModelError(key, error);
        }
    }
}
