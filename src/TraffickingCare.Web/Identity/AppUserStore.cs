using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using TraffickingCare.Web.Data;
using static TraffickingCare.Web.Identity.SecondFactorSecrets;

namespace TraffickingCare.Web.Identity;

/// <summary>
/// Identity's EF store, except that the second factors never reach the database in clear (see
/// <see cref="SecondFactorSecrets"/>): a database backup alone gives nobody's authenticator or recovery codes.
/// </summary>
public sealed class AppUserStore(AppDbContext context, SecondFactorSecrets secrets, IdentityErrorDescriber describer, ILogger<AppUserStore> logger)
    : UserStore<AppUser, IdentityRole, AppDbContext>(context, describer)
{
    public override async Task<string?> GetAuthenticatorKeyAsync(AppUser user, CancellationToken cancellationToken)
    {
        var stored = await GetTokenAsync(user, StoreProvider, AuthenticatorKeyName, cancellationToken);
        try
        {
            return secrets.ReadKey(stored);
        }
        catch (CryptographicException)
        {
            // Written under a key ring this install no longer has: the code step refuses every code (the
            // provider still sees a stored key, so sign-in never skips it), and an administrator resets the
            // user's two-factor so that they enrol again.
            logger.AuthenticatorKeyUnreadable(user.Id);
            return null;
        }
    }

    public override Task SetAuthenticatorKeyAsync(AppUser user, string key, CancellationToken cancellationToken) =>
        SetTokenAsync(user, StoreProvider, AuthenticatorKeyName, secrets.ProtectKey(key), cancellationToken);

    public override Task ReplaceCodesAsync(AppUser user, IEnumerable<string> recoveryCodes, CancellationToken cancellationToken) =>
        SetTokenAsync(user, StoreProvider, RecoveryCodesName, HashCodes(recoveryCodes), cancellationToken);

    /// <summary>Saved by Identity with the user row, whose concurrency stamp stops a second redemption racing this one.</summary>
    public override async Task<bool> RedeemCodeAsync(AppUser user, string code, CancellationToken cancellationToken)
    {
        var remaining = Redeem(await GetTokenAsync(user, StoreProvider, RecoveryCodesName, cancellationToken), code);
        if (remaining is null)
        {
            return false;
        }

        await SetTokenAsync(user, StoreProvider, RecoveryCodesName, remaining, cancellationToken);
        return true;
    }

    public override async Task<int> CountCodesAsync(AppUser user, CancellationToken cancellationToken) =>
        CountCodes(await GetTokenAsync(user, StoreProvider, RecoveryCodesName, cancellationToken));
}
