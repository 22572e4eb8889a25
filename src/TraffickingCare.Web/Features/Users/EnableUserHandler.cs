using Microsoft.AspNetCore.Identity;
using TraffickingCare.Web.Identity;
using TraffickingCare.Web.Infrastructure.Mvc;
using static TraffickingCare.Web.Features.Shared.Accounts.UserAudit;

namespace TraffickingCare.Web.Features.Users;

public sealed class EnableUserHandler(UserAccountChange account, UserManager<AppUser> users)
{
    public async Task<ChangeResult> HandleAsync(UserActionForm form, string actorId) =>
        (await account.ApplyAsync(form, actorId, UserAction.Enable, null, u => new() { ["IsDisabled"] = Change(u.IsDisabled, false) }, user =>
        {
            user.IsDisabled = false;
            return users.UpdateSecurityStampAsync(user);
        })).Result;
}
