using Microsoft.AspNetCore.Identity;
using TraffickingCare.Web.Identity;

namespace TraffickingCare.Web.Features.Account.TwoFactorSignIn;

/// <summary>The second step with a single-use recovery code (the phone is lost), logged by user id.</summary>
public sealed class RecoveryCodeSignInHandler(SignInManager<AppUser> signIn, ILogger<RecoveryCodeSignInHandler> logger)
{
    /// <returns>Null when no password step is pending (the two-factor cookie is missing or expired).</returns>
    public async Task<SignInResult?> HandleAsync(LoginWithRecoveryCodeForm form)
    {
        var user = await signIn.GetTwoFactorAuthenticationUserAsync();
        if (user is null)
        {
            return null;
        }

        var result = await signIn.TwoFactorRecoveryCodeSignInAsync(form.NormalisedCode);
        if (result.Succeeded)
        {
            logger.RecoveryCodeUsed(user.Id);
        }

        logger.SignInStep(result, user.Id);
        return result;
    }
}
