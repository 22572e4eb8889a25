using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace TraffickingCare.Web.Identity;

/// <summary>
/// Session rules on top of Identity's cookie: an absolute lifetime counted from sign-in (sliding
/// renewal never extends it), and the security stamp checked on every request so that disabling a
/// user or resetting their two-factor signs them out at once, not at the next interval.
/// </summary>
internal static class AuthCookieEvents
{
    private const string SignedInAtKey = "tc.signed_in_at";

    public static Task OnSigningIn(CookieSigningInContext context)
    {
        // A refreshed sign-in (after a password change or two-factor enrolment) carries the original
        // properties: keep their sign-in time, or each refresh would restart the absolute lifetime.
        var now = context.Options.TimeProvider?.GetUtcNow() ?? DateTimeOffset.UtcNow;
        context.Properties.Items.TryAdd(SignedInAtKey, now.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture));
        return Task.CompletedTask;
    }

    public static async Task OnValidatePrincipal(CookieValidatePrincipalContext context)
    {
        var security = context.HttpContext.RequestServices.GetRequiredService<IOptions<SecurityOptions>>().Value;
        var now = context.Options.TimeProvider?.GetUtcNow() ?? DateTimeOffset.UtcNow;
        if (!context.Properties.Items.TryGetValue(SignedInAtKey, out var raw)
            || !long.TryParse(raw, out var seconds)
            || now - DateTimeOffset.FromUnixTimeSeconds(seconds) > security.AbsoluteTimeout)
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
            return;
        }

        await SecurityStampValidator.ValidatePrincipalAsync(context);
    }
}
