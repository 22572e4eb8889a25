using TraffickingCare.Domain.Accounts;
using TraffickingCare.Web.Features.Shared.Accounts;
using TraffickingCare.Web.Infrastructure.Mvc;

namespace TraffickingCare.Web.Features.Users;

/// <summary>For a lost phone: the user enrols a new authenticator at their next sign-in.</summary>
public sealed class ResetUserTwoFactorHandler(UserAccountChange account, AccountResets resets)
{
    public async Task<ChangeResult> HandleAsync(UserActionForm form, string actorId) =>
        (await account.ApplyAsync(form, actorId, UserAction.ResetTwoFactor, PrivilegedChangeKind.ResetTwoFactor, AccountResets.TwoFactorChanges, resets.ResetTwoFactorAsync)).Result;
}
