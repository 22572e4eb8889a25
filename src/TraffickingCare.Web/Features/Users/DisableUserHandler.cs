using Microsoft.AspNetCore.Identity;
using TraffickingCare.Web.Identity;
using TraffickingCare.Web.Infrastructure.Mvc;
using static TraffickingCare.Web.Features.Shared.Accounts.UserAudit;

namespace TraffickingCare.Web.Features.Users;

/// <summary>A disabled account cannot sign in, and its open sessions end on their next request.</summary>
public sealed class DisableUserHandler(UserAccountChange account, UserManager<AppUser> users)
{
    public async Task<ChangeResult> HandleAsync(UserActionForm form, string actorId) =>
        (await account.ApplyAsync(form, actorId, UserAction.Disable, null, u => new() { ["IsDisabled"] = Change(u.IsDisabled, true) }, user =>
        {
            user.IsDisabled = true;
            return users.UpdateSecurityStampAsync(user);
        })).Result;
}
