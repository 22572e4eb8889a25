using Microsoft.AspNetCore.Mvc;
using TraffickingCare.Web.Features.Account.TwoFactorSignIn;
using SignInResult = Microsoft.AspNetCore.Identity.SignInResult;

namespace TraffickingCare.Web.Features.Account;

/// <summary>
/// Where a sign-in step leads. Sign-in does not end like a change (<c>FormPost</c>): it has no message, success goes
/// to the page the user came for, and its other answers are pages of their own (the second step, the lockout page).
/// </summary>
internal static class SignInAnswers
{
    /// <returns>The redirect for a step that succeeded, needs the second factor or locked the account; null when it failed.</returns>
    public static IActionResult? Next(this Controller controller, SignInResult result, string? returnUrl)
    {
        var local = controller.LocalOrNull(returnUrl);
        if (result.Succeeded)
        {
            return controller.LocalRedirect(local ?? "/");
        }

        if (result.RequiresTwoFactor)
        {
            return controller.RedirectToAction(nameof(TwoFactorSignInController.LoginWithTwoFactor), "TwoFactorSignIn", new { returnUrl = local });
        }

        return result.IsLockedOut ? controller.RedirectToAction(nameof(AccountController.Lockout), "Account") : null;
    }

    /// <summary>Only a path on this site: a crafted link must not send a user elsewhere after sign-in.</summary>
    public static string? LocalOrNull(this Controller controller, string? returnUrl) => controller.Url.IsLocalUrl(returnUrl) ? returnUrl : null;

    public static IActionResult BackToLogin(this Controller controller) => controller.RedirectToAction(nameof(AccountController.Login), "Account");
}
