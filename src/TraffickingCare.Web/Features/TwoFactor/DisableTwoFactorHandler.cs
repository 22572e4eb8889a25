using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using TraffickingCare.Web.Features.Shared.Accounts;
using TraffickingCare.Web.Identity;
using TraffickingCare.Web.Infrastructure.Mvc;

namespace TraffickingCare.Web.Features.TwoFactor;

/// <summary>Turns two-factor sign-in off and forgets the key, unless policy requires it.</summary>
public sealed class DisableTwoFactorHandler(
    UserManager<AppUser> users, SignInManager<AppUser> signIn, IOptions<SecurityOptions> security, ILogger<DisableTwoFactorHandler> logger)
{
    public async Task<ChangeResult> HandleAsync(ClaimsPrincipal principal)
    {
        if (security.Value.RequireTwoFactor)
        {
            return ChangeResult.Refused("TwoFactor.Disable.Required");
        }

        var user = await users.GetSignedInAsync(principal);
        await users.SetTwoFactorEnabledAsync(user, false);
        await users.ResetAuthenticatorKeyAsync(user);
        await signIn.RefreshSignInAsync(user);
        logger.Disabled(user.Id);
        return ChangeResult.Done;
    }
}
