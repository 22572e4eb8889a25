using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using TraffickingCare.Web.Features.Shared.Accounts;
using TraffickingCare.Web.Identity;

namespace TraffickingCare.Web.Features.TwoFactor;

/// <summary>
/// The key to enrol and its QR code. A user without a key gets one here (and a refreshed sign-in, since a new
/// key changes the security stamp): the key must be stored before the page shows it.
/// </summary>
public sealed class TwoFactorEnrolmentQuery(UserManager<AppUser> users, SignInManager<AppUser> signIn)
{
    private const string Issuer = "TraffickingCare";

    public async Task<EnableTwoFactorViewModel> GetAsync(ClaimsPrincipal principal)
    {
        var user = await users.GetSignedInAsync(principal);
        var key = await users.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key))
        {
            await users.ResetAuthenticatorKeyAsync(user);
            await signIn.RefreshSignInAsync(user);
            key = await users.GetAuthenticatorKeyAsync(user) ?? throw new InvalidOperationException("No authenticator key was stored.");
        }

        var issuer = Uri.EscapeDataString(Issuer);
        var uri = $"otpauth://totp/{issuer}:{Uri.EscapeDataString(user.UserName!)}?secret={key}&issuer={issuer}&digits=6";
        return new EnableTwoFactorViewModel(FormatKey(key), uri, QrCodeSvg.DataUri(uri));
    }

    internal static string FormatKey(string key) =>
        string.Join(' ', key.ToLowerInvariant().Chunk(4).Select(c => new string(c)));
}
