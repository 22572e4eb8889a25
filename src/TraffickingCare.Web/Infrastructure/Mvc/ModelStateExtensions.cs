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
}
