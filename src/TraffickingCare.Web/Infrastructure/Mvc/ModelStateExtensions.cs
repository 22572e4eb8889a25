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
}
