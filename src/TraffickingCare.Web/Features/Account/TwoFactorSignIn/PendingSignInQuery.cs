using Microsoft.AspNetCore.Identity;
using TraffickingCare.Web.Identity;

namespace TraffickingCare.Web.Features.Account.TwoFactorSignIn;

/// <summary>Whether a password step is waiting for its second factor (the two-factor cookie is present and not expired).</summary>
public sealed class PendingSignInQuery(SignInManager<AppUser> signIn)
{
    public async Task<bool> IsPendingAsync() => await signIn.GetTwoFactorAuthenticationUserAsync() is not null;
}
