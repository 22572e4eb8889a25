using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using TraffickingCare.Web.Identity;

namespace TraffickingCare.Web.Features.Manage;

/// <summary>
/// Changing the password changes the security stamp, which signs out every other session of the
/// user (a stolen cookie stops working); this session is renewed so the user stays signed in.
/// </summary>
public sealed partial class ChangePasswordHandler(UserManager<AppUser> users, SignInManager<AppUser> signIn, ILogger<ChangePasswordHandler> logger)
{
    public async Task<IdentityResult> HandleAsync(ClaimsPrincipal principal, ChangePasswordForm form)
    {
        var user = await users.GetUserAsync(principal) ?? throw new InvalidOperationException("The signed-in user no longer exists.");
        var result = await users.ChangePasswordAsync(user, form.CurrentPassword!, form.NewPassword!);
        if (result.Succeeded)
        {
            await signIn.RefreshSignInAsync(user);
            LogPasswordChanged(logger, user.Id);
        }

        return result;
    }

    [LoggerMessage(EventId = 2201, EventName = "PasswordChanged", Level = LogLevel.Information, Message = "User {UserId} changed their password")]
    private static partial void LogPasswordChanged(ILogger logger, string userId);
}
