using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using TraffickingCare.Web.Identity;

namespace TraffickingCare.Web.Features.TwoFactor;

/// <summary>
/// The signed-in user's own authenticator. Every change that alters the security stamp is followed
/// by a refreshed sign-in: the stamp is checked on every request, and the new cookie also carries
/// (or drops) the two-factor claim the enrolment filter looks for.
/// </summary>
public sealed class TwoFactorHandler(
    UserManager<AppUser> users,
    SignInManager<AppUser> signIn,
    IOptions<SecurityOptions> security,
    ILogger<TwoFactorHandler> logger)
{
    public const int RecoveryCodeCount = 10;
    private const string Issuer = "TraffickingCare";

    public async Task<TwoFactorStatusViewModel> StatusAsync(ClaimsPrincipal principal)
    {
        var user = await GetUserAsync(principal);
        var left = user.TwoFactorEnabled ? await users.CountRecoveryCodesAsync(user) : 0;
        return new TwoFactorStatusViewModel(user.TwoFactorEnabled, left, security.Value.RequireTwoFactor);
    }

    public async Task<bool> IsEnabledAsync(ClaimsPrincipal principal) => (await GetUserAsync(principal)).TwoFactorEnabled;

    public async Task<EnableTwoFactorViewModel> EnrolmentAsync(ClaimsPrincipal principal)
    {
        var user = await GetUserAsync(principal);
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

    /// <summary>The new recovery codes, or null when the code does not match the authenticator.</summary>
    public async Task<IReadOnlyList<string>?> EnableAsync(ClaimsPrincipal principal, string code)
    {
        var user = await GetUserAsync(principal);
        if (!await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, code))
        {
            logger.CodeRefused(user.Id);
            return null;
        }

        await users.SetTwoFactorEnabledAsync(user, true);
        var codes = await users.GenerateNewTwoFactorRecoveryCodesAsync(user, RecoveryCodeCount);
        await signIn.RefreshSignInAsync(user);
        logger.Enabled(user.Id);
        return codes?.ToList() ?? [];
    }

    public async Task<IReadOnlyList<string>> GenerateRecoveryCodesAsync(ClaimsPrincipal principal)
    {
        var user = await GetUserAsync(principal);
        var codes = await users.GenerateNewTwoFactorRecoveryCodesAsync(user, RecoveryCodeCount);
        logger.RecoveryCodesGenerated(user.Id);
        return codes?.ToList() ?? [];
    }

    /// <summary>False when policy requires two-factor sign-in: then it cannot be switched off.</summary>
    public async Task<bool> DisableAsync(ClaimsPrincipal principal)
    {
        if (security.Value.RequireTwoFactor)
        {
            return false;
        }

        var user = await GetUserAsync(principal);
        await users.SetTwoFactorEnabledAsync(user, false);
        await users.ResetAuthenticatorKeyAsync(user);
        await signIn.RefreshSignInAsync(user);
        logger.Disabled(user.Id);
        return true;
    }

    internal static string FormatKey(string key) =>
        string.Join(' ', key.ToLowerInvariant().Chunk(4).Select(c => new string(c)));

    private async Task<AppUser> GetUserAsync(ClaimsPrincipal principal) =>
        await users.GetUserAsync(principal) ?? throw new InvalidOperationException("The signed-in user no longer exists.");
}
