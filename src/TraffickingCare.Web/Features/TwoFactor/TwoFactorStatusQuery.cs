using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using TraffickingCare.Web.Features.Shared.Accounts;
using TraffickingCare.Web.Identity;

namespace TraffickingCare.Web.Features.TwoFactor;

/// <summary>Whether the signed-in user has an authenticator, how many recovery codes are left, and whether policy requires one.</summary>
public sealed class TwoFactorStatusQuery(UserManager<AppUser> users, IOptions<SecurityOptions> security)
{
    public async Task<TwoFactorStatusViewModel> GetAsync(ClaimsPrincipal principal)
    {
        var user = await users.GetSignedInAsync(principal);
        var left = user.TwoFactorEnabled ? await users.CountRecoveryCodesAsync(user) : 0;
        return new TwoFactorStatusViewModel(user.TwoFactorEnabled, left, security.Value.RequireTwoFactor);
    }
}
