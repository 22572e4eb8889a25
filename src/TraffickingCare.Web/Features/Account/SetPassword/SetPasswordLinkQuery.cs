using Microsoft.AspNetCore.Identity;
using TraffickingCare.Web.Identity;

namespace TraffickingCare.Web.Features.Account.SetPassword;

/// <summary>
/// The one-time link: a password-reset token bound to the user's security stamp. Setting the password changes
/// the stamp, so the same link (and any older one) stops working.
/// </summary>
public sealed class SetPasswordLinkQuery(UserManager<AppUser> users, ILogger<SetPasswordLinkQuery> logger)
{
    /// <returns>The link's account; null when the link is not valid (unknown user, used or expired token).</returns>
    public async Task<AppUser?> FindAsync(string? userId, string? token)
    {
        var user = string.IsNullOrEmpty(userId) || string.IsNullOrEmpty(token) ? null : await users.FindByIdAsync(userId);
        var valid = user is not null && await users.VerifyUserTokenAsync(
            user, users.Options.Tokens.PasswordResetTokenProvider, UserManager<AppUser>.ResetPasswordTokenPurpose, token!);
        if (!valid)
        {
            logger.SetPasswordLinkRefused();
        }

        return valid ? user : null;
    }
}
