using Microsoft.AspNetCore.Identity;
using TraffickingCare.Web.Identity;

namespace TraffickingCare.Web.Features.Account.TwoFactorSignIn;

/// <summary>The second step with a code from the authenticator app, logged by user id.</summary>
public sealed class AuthenticatorSignInHandler(SignInManager<AppUser> signIn, ILogger<AuthenticatorSignInHandler> logger)
{
    /// <returns>Null when no password step is pending (the two-factor cookie is missing or expired).</returns>
    public async Task<SignInResult?> HandleAsync(LoginWithTwoFactorForm form)
    {
        var user = await signIn.GetTwoFactorAuthenticationUserAsync();
        if (user is null)
        {
            return null;
        }

        var result = await signIn.TwoFactorAuthenticatorSignInAsync(form.NormalisedCode, isPersistent: false, rememberClient: false);
        logger.SignInStep(result, user.Id);
        return result;
    }
}
