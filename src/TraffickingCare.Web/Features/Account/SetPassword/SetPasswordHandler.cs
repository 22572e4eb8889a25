using Microsoft.AspNetCore.Identity;
using TraffickingCare.Web.Identity;
using TraffickingCare.Web.Infrastructure.Mvc;

namespace TraffickingCare.Web.Features.Account.SetPassword;

/// <summary>The owner of a one-time link chooses their password; the link stops working.</summary>
public sealed class SetPasswordHandler(UserManager<AppUser> users, SetPasswordLinkQuery links, ILogger<SetPasswordHandler> logger)
{
    /// <summary>The refusal of a link that is not (or no longer) valid: the answer is a page that says so, not the form.</summary>
    public const string LinkInvalidKey = "Account.SetPassword.LinkInvalid";

    public async Task<ChangeResult> HandleAsync(SetPasswordForm form)
    {
        if (await links.FindAsync(form.UserId, form.Token) is not { } user)
        {
            return ChangeResult.Refused(LinkInvalidKey);
        }

        var result = await users.ResetPasswordAsync(user, form.Token!, form.NewPassword!);
        if (result.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.InvalidToken)))
        {
            return ChangeResult.Refused(LinkInvalidKey);
        }

        if (!result.Succeeded)
        {
            return ChangeResult.RefusedBy(result, _ => nameof(SetPasswordForm.NewPassword));
        }

        // Whoever holds a valid link has proven who they are: an earlier lockout no longer applies.
        await users.ResetAccessFailedCountAsync(user);
        await users.SetLockoutEndDateAsync(user, null);
        logger.PasswordSet(user.Id);
        return ChangeResult.Done;
    }
}
