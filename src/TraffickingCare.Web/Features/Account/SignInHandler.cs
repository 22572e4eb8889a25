using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using TraffickingCare.Web.Identity;

namespace TraffickingCare.Web.Features.Account;

/// <summary>The password, authenticator and recovery-code steps of signing in, each logged by user id.</summary>
public sealed class SignInHandler(
    SignInManager<AppUser> signIn, UserManager<AppUser> users, UserSessions sessions, UnknownUserLockout unknownNames, ILogger<SignInHandler> logger)
{
    public async Task<SignInResult> PasswordAsync(string userName, string password)
    {
        var user = await users.FindByNameAsync(userName);
        if (user is null)
        {
            // Hash anyway, so that the response time does not tell which user names exist.
            users.PasswordHasher.HashPassword(new AppUser(), password);
            logger.SignInUnknownUser();
            return unknownNames.FailAndCheckLockedOut(users.NormalizeName(userName)) ? SignInResult.LockedOut : SignInResult.Failed;
        }

        var result = await signIn.PasswordSignInAsync(user, password, isPersistent: false, lockoutOnFailure: true);
        Log(result, user.Id);
        return result;
    }

    /// <summary>Null when no password step is pending (the two-factor cookie is missing or expired).</summary>
    public async Task<SignInResult?> AuthenticatorAsync(string code)
    {
        var user = await signIn.GetTwoFactorAuthenticationUserAsync();
        if (user is null)
        {
            return null;
        }

        var result = await signIn.TwoFactorAuthenticatorSignInAsync(code, isPersistent: false, rememberClient: false);
        Log(result, user.Id);
        return result;
    }

    public async Task<SignInResult?> RecoveryCodeAsync(string code)
    {
        var user = await signIn.GetTwoFactorAuthenticationUserAsync();
        if (user is null)
        {
            return null;
        }

        var result = await signIn.TwoFactorRecoveryCodeSignInAsync(code);
        if (result.Succeeded)
        {
            logger.RecoveryCodeUsed(user.Id);
        }

        Log(result, user.Id);
        return result;
    }

    public async Task<bool> HasPendingTwoFactorAsync() => await signIn.GetTwoFactorAuthenticationUserAsync() is not null;

    /// <summary>Ends the session on the server first: a copy of the cookie must not outlive the sign-out.</summary>
    public async Task SignOutAsync(string? userId)
    {
        var current = await signIn.Context.AuthenticateAsync(IdentityConstants.ApplicationScheme);
        if (userId is not null && AuthCookieEvents.TryGetSessionId(current.Properties, out var sessionId))
        {
            await sessions.EndAsync(sessionId, userId, UserSessionEndReason.SignedOut, CancellationToken.None);
        }

        await signIn.SignOutAsync();
        if (userId is not null)
        {
            logger.SignedOut(userId);
        }
    }

    private void Log(SignInResult result, string userId)
    {
        if (result.Succeeded)
        {
            logger.SignedIn(userId);
        }
        else if (result.RequiresTwoFactor)
        {
            logger.RequiresTwoFactor(userId);
        }
        else if (result.IsLockedOut)
        {
            logger.LockedOut(userId);
        }
        else if (result.IsNotAllowed)
        {
            logger.NotAllowed(userId);
        }
        else
        {
            logger.SignInFailed(userId);
        }
    }
}
