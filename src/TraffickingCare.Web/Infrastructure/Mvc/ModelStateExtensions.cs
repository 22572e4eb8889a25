using FluentValidation.Results;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace TraffickingCare.Web.Infrastructure.Mvc;

public static class ModelStateExtensions
{
    public static void AddErrors(this ModelStateDictionary modelState, ValidationResult result)
    {
        foreach (var error in result.Errors)
        {
            modelState.AddModelError(error.PropertyName, error.ErrorMessage);
        }
    }
}
