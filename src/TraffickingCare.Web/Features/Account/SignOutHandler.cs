using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using TraffickingCare.Web.Identity;

namespace TraffickingCare.Web.Features.Account;

public sealed class SignOutHandler(SignInManager<AppUser> signIn, UserSessions sessions, ILogger<SignOutHandler> logger)
{
    /// <summary>Ends the session on the server first: a copy of the cookie must not outlive the sign-out.</summary>
    public async Task HandleAsync(string? userId)
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
}
