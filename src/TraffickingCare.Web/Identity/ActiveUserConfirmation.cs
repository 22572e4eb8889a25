using Microsoft.AspNetCore.Identity;

namespace TraffickingCare.Web.Identity;

/// <summary>A disabled account is "not confirmed": Identity then refuses its sign-in as NotAllowed.</summary>
internal sealed class ActiveUserConfirmation : IUserConfirmation<AppUser>
{
    public Task<bool> IsConfirmedAsync(UserManager<AppUser> manager, AppUser user) => Task.FromResult(!user.IsDisabled);
}
