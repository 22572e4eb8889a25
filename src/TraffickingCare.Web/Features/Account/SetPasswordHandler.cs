using Microsoft.AspNetCore.Identity;
using TraffickingCare.Web.Identity;

namespace TraffickingCare.Web.Features.Account;

/// <summary>
/// The one-time link: a password-reset token bound to the user's security stamp. Setting the
/// password changes the stamp, so the same link (and any older one) stops working.
/// </summary>
public sealed class SetPasswordHandler(UserManager<AppUser> users, ILogger<SetPasswordHandler> logger)
{
    public async Task<bool> IsValidLinkAsync(string? userId, string? token)
    {
        var user = await FindAsync(userId, token);
        var valid = user is not null && await users.VerifyUserTokenAsync(
            user, users.Options.Tokens.PasswordResetTokenProvider, UserManager<AppUser>.ResetPasswordTokenPurpose, token!);
        if (!valid)
        {
            logger.SetPasswordLinkRefused();
        }

        return valid;
    }

    /// <summary>Null when the link is not valid (unknown user, used or expired token).</summary>
    public async Task<IdentityResult?> HandleAsync(SetPasswordForm form)
    {
        var user = await FindAsync(form.UserId, form.Token);
        if (user is null || !await IsValidLinkAsync(form.UserId, form.Token))
        {
            return null;
        }

        var result = await users.ResetPasswordAsync(user, form.Token!, form.NewPassword!);
        if (result.Succeeded)
        {
            // Whoever holds a valid link has proven who they are: an earlier lockout no longer applies.
            await users.ResetAccessFailedCountAsync(user);
            await users.SetLockoutEndDateAsync(user, null);
            logger.PasswordSet(user.Id);
        }

        return result;
    }

    private async Task<AppUser?> FindAsync(string? userId, string? token) =>
        string.IsNullOrEmpty(userId) || string.IsNullOrEmpty(token) ? null : await users.FindByIdAsync(userId);
}
