using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace TraffickingCare.Web.Identity;

/// <summary>
/// Session rules on top of Identity's cookie. The cookie names a session kept on the server
/// (<see cref="UserSessions"/>), which ends at sign-out and at the idle and absolute limits, so a
/// copied cookie stops working with it. The security stamp is checked on every request too, in the same query, so
/// that disabling a user or resetting their password or two-factor ends their sessions at once.
/// </summary>
internal static class AuthCookieEvents
{
    // In the cookie's protected properties, not in a claim: a refreshed sign-in (after a password
    // change or two-factor enrolment) rebuilds the claims but carries the properties over, and so
    // stays the same session, with the same absolute limit.
    private const string SessionKey = "tc.session";

    public static async Task OnSigningIn(CookieSigningInContext context)
    {
        if (context.Properties.Items.ContainsKey(SessionKey) || context.Principal?.FindFirstValue(ClaimTypes.NameIdentifier) is not { } userId)
        {
            return;
        }

        var sessions = context.HttpContext.RequestServices.GetRequiredService<UserSessions>();
        var sessionId = await sessions.StartAsync(userId, context.HttpContext.RequestAborted);
        context.Properties.Items[SessionKey] = sessionId.ToString("N");
    }

    /// <remarks>
    /// Identity's own validator (<see cref="SecurityStampValidator"/>) checked the stamp with a query of the user and
    /// then rebuilt the principal from the database (four more queries) and re-issued the cookie, on every request.
    /// Nothing the principal holds changes without the stamp changing (roles are given only at an account's creation;
    /// password and two-factor changes renew the stamp, and the user's own are followed by a refreshed sign-in), so a
    /// stamp that still matches means the principal in the cookie is current: the session's own query checks it.
    /// </remarks>
    public static async Task OnValidatePrincipal(CookieValidatePrincipalContext context)
    {
        var services = context.HttpContext.RequestServices;
        var sessions = services.GetRequiredService<UserSessions>();
        var userId = context.Principal?.FindFirstValue(ClaimTypes.NameIdentifier);
        var stamp = context.Principal?.FindFirstValue(services.GetRequiredService<IOptions<IdentityOptions>>().Value.ClaimsIdentity.SecurityStampClaimType);

        // A cookie from before server sessions existed names none: it is refused like an ended one.
        if (userId is null || !TryGetSessionId(context.Properties, out var sessionId)
            || !await sessions.ContinueAsync(sessionId, userId, stamp, context.HttpContext.RequestAborted))
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
        }
    }

    public static bool TryGetSessionId(AuthenticationProperties? properties, out Guid sessionId)
    {
        sessionId = Guid.Empty;
        return properties is not null
            && properties.Items.TryGetValue(SessionKey, out var raw)
            && Guid.TryParseExact(raw, "N", out sessionId);
    }
}
