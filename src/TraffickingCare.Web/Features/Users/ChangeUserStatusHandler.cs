using Microsoft.AspNetCore.Identity;
using TraffickingCare.Web.Identity;
using TraffickingCare.Web.Infrastructure.Mvc;
using static TraffickingCare.Web.Features.Shared.Accounts.UserAudit;

namespace TraffickingCare.Web.Features.Users;

/// <summary>Disables or enables an account. A disabled account cannot sign in, and its open sessions end on their next request.</summary>
public sealed class ChangeUserStatusHandler(UserAccountChange account, UserManager<AppUser> users)
{
    public async Task<ChangeResult> HandleAsync(UserActionForm form, string actorId, bool disabled) =>
        (await account.ApplyAsync(form, actorId, disabled ? UserAction.Disable : UserAction.Enable, null, u => new() { ["IsDisabled"] = Change(u.IsDisabled, disabled) }, user =>
        {
            user.IsDisabled = disabled;
            return users.UpdateSecurityStampAsync(user);
        })).Result;
}
