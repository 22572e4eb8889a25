using FluentValidation.Results;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace TraffickingCare.Web.Infrastructure.Mvc;

/// <summary>
/// Being replaced by <see cref="FormPost"/> (issue 9): do not use in new code; removed once no controller calls it.
/// The one way a form post ends. Not found: 404. Done: a message and the redirect (Post/Redirect/Get).
/// Refused (invalid input, a broken rule, a stale version): the reasons go into ModelState and the
/// caller shows the form again with everything typed.
/// </summary>
public static class ChangeOutcome
{
    /// <returns>The answer when the post is settled; null when it was refused and the form must be shown again.</returns>
    public static IActionResult? Settle(
        this Controller controller,
        ChangeResult? result,
        ValidationResult validation,
        string prefix,
        IStringLocalizer localizer,
        string doneKey,
        Func<IActionResult> done)
    {
        if (result is { Found: false })
        {
            return controller.NotFound();
        }

        if (result is { Succeeded: true })
        {
            controller.TempData.Flash(localizer[doneKey]);
            return done();
        }

        controller.ModelState.AddErrors(validation, prefix);
        if (result?.ErrorKey is { } key)
        {
            controller.ModelState.AddModelError(string.Empty, localizer[key]);
        }

        return null;
    }
}
