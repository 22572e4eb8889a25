using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using OtpNet;
using TraffickingCare.Web.Data;

namespace TraffickingCare.Web.Identity;

/// <summary>
/// Authenticator codes (RFC 6238: 30-second steps, six digits, HMAC-SHA1, as the phone apps make
/// them) that are good once. Only the current step and one either side are accepted (a phone's clock
/// drifts a little), and a step at or before the last one accepted for this user is refused, so a code
/// read over a shoulder or replayed from a proxy opens no second session. Registered under Identity's
/// authenticator provider name in place of Identity's own, which accepts two steps either side, again and again.
/// </summary>
public sealed class SingleUseAuthenticatorTokenProvider(AppDbContext db, TimeProvider clock) : IUserTwoFactorTokenProvider<AppUser>
{
    private const int CodeLength = 6;
    private static readonly VerificationWindow Window = new(previous: 1, future: 1);

    /// <summary>
    /// Whether the user has an authenticator at all: a stored key, readable or not. Asking whether it can be
    /// decrypted would fail open, since Identity signs in on the password alone when no provider can
    /// make a token; with an unreadable key (key ring lost) the user stays at the code step, which refuses.
    /// </summary>
    public Task<bool> CanGenerateTwoFactorTokenAsync(UserManager<AppUser> manager, AppUser user) =>
        db.UserTokens.AnyAsync(t => t.UserId == user.Id && t.LoginProvider == SecondFactorSecrets.StoreProvider
            && t.Name == SecondFactorSecrets.AuthenticatorKeyName && t.Value != null && t.Value != string.Empty);

    /// <summary>The phone makes the codes; the server never does.</summary>
    public Task<string> GenerateAsync(string purpose, UserManager<AppUser> manager, AppUser user) => Task.FromResult(string.Empty);

    public async Task<bool> ValidateAsync(string purpose, string token, UserManager<AppUser> manager, AppUser user)
    {
        if (token.Length != CodeLength || !token.All(char.IsAsciiDigit)
            || await manager.GetAuthenticatorKeyAsync(user) is not { Length: > 0 } key)
        {
            return false;
        }

        var totp = new Totp(Base32Encoding.ToBytes(key), step: 30, mode: OtpHashMode.Sha1, totpSize: CodeLength);
        if (!totp.VerifyTotp(clock.GetUtcNow().UtcDateTime, token, out var step, Window))
        {
            return false;
        }

        // One conditional UPDATE: of two sign-ins with the same code at the same moment, only the
        // first changes the row; the second finds the step taken and is refused.
        var claimed = await db.Users
            .Where(u => u.Id == user.Id && (u.LastAuthenticatorStep == null || u.LastAuthenticatorStep < step))
            .ExecuteUpdateAsync(s => s.SetProperty(u => u.LastAuthenticatorStep, step));
        return claimed == 1;
    }
}
