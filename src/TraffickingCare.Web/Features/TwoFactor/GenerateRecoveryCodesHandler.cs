using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using TraffickingCare.Web.Features.Shared.Accounts;
using TraffickingCare.Web.Identity;

namespace TraffickingCare.Web.Features.TwoFactor;

/// <summary>A new set of recovery codes; the old ones stop working.</summary>
public sealed class GenerateRecoveryCodesHandler(UserManager<AppUser> users, ILogger<GenerateRecoveryCodesHandler> logger)
{
    /// <returns>The new codes (shown once, stored only as hashes); null when two-factor sign-in is off.</returns>
    public async Task<IReadOnlyList<string>?> HandleAsync(ClaimsPrincipal principal)
    {
        var user = await users.GetSignedInAsync(principal);
        if (!user.TwoFactorEnabled)
        {
            return null;
        }

        var codes = await users.GenerateNewTwoFactorRecoveryCodesAsync(user, EnableTwoFactorHandler.RecoveryCodeCount);
        logger.RecoveryCodesGenerated(user.Id);
        return codes?.ToList() ?? [];
    }
}
