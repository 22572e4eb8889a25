using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using TraffickingCare.Web.Features.Shared.Accounts;
using TraffickingCare.Web.Identity;
using TraffickingCare.Web.Infrastructure.Mvc;

namespace TraffickingCare.Web.Features.TwoFactor;

/// <summary>
/// Turns two-factor sign-in on once the user proves the authenticator works. The refreshed sign-in carries the
/// two-factor claim the enrolment filter looks for (the security stamp changed, and is checked on every request).
/// </summary>
public sealed class EnableTwoFactorHandler(UserManager<AppUser> users, SignInManager<AppUser> signIn, ILogger<EnableTwoFactorHandler> logger)
{
    public const int RecoveryCodeCount = 10;

    /// <returns>The result, and the new recovery codes when done (shown once, stored only as hashes).</returns>
    public async Task<(ChangeResult Result, IReadOnlyList<string> RecoveryCodes)> HandleAsync(ClaimsPrincipal principal, EnableTwoFactorForm form)
    {
        var user = await users.GetSignedInAsync(principal);
        if (!await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, form.NormalisedCode))
        {
            logger.CodeRefused(user.Id);
            return (ChangeResult.Refused("TwoFactor.Enable.CodeInvalid", nameof(EnableTwoFactorForm.Code)), []);
        }

        await users.SetTwoFactorEnabledAsync(user, true);
        var codes = await users.GenerateNewTwoFactorRecoveryCodesAsync(user, RecoveryCodeCount);
        await signIn.RefreshSignInAsync(user);
        logger.Enabled(user.Id);
        return (ChangeResult.Done, codes?.ToList() ?? []);
    }
}
