using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using TraffickingCare.Web.Features.Shared.Accounts;
using TraffickingCare.Web.Identity;
using TraffickingCare.Web.Infrastructure.Mvc;

namespace TraffickingCare.Web.Features.Manage;

/// <summary>
/// Changing the password changes the security stamp, which signs out every other session of the
/// user (a stolen cookie stops working); this session is renewed so the user stays signed in.
/// </summary>
public sealed partial class ChangePasswordHandler(UserManager<AppUser> users, SignInManager<AppUser> signIn, ILogger<ChangePasswordHandler> logger)
{
    /// <returns>Identity's refusals on their fields: a wrong current password on its own, the rest on the new one.</returns>
    public async Task<ChangeResult> HandleAsync(ClaimsPrincipal principal, ChangePasswordForm form)
    {
        var user = await users.GetSignedInAsync(principal);
        var result = await users.ChangePasswordAsync(user, form.CurrentPassword!, form.NewPassword!);
        if (!result.Succeeded)
        {
            return ChangeResult.RefusedBy(result, code =>
                code == nameof(IdentityErrorDescriber.PasswordMismatch) ? nameof(form.CurrentPassword) : nameof(form.NewPassword));
        }

        await signIn.RefreshSignInAsync(user);
        LogPasswordChanged(logger, user.Id);
        return ChangeResult.Done;
    }

    [LoggerMessage(EventId = 2201, EventName = "PasswordChanged", Level = LogLevel.Information, Message = "User {UserId} changed their password")]
    private static partial void LogPasswordChanged(ILogger logger, string userId);
}
