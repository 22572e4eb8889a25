using TraffickingCare.Domain.Accounts;
using TraffickingCare.Web.Features.Shared.Accounts;
using TraffickingCare.Web.Infrastructure.Mvc;

namespace TraffickingCare.Web.Features.Users;

/// <summary>The new link goes to the account's own address; the message names it masked, never the link.</summary>
public sealed class ResetUserPasswordHandler(UserAccountChange account, AccountResets resets, SetPasswordLinkDelivery links)
{
    public async Task<ChangeResult> HandleAsync(UserActionForm form, string actorId, CancellationToken ct)
    {
        var (result, user) = await account.ApplyAsync(
            form, actorId, UserAction.ResetPassword, PrivilegedChangeKind.ResetPassword, AccountResets.PasswordChanges, resets.ResetPasswordAsync, needsEmail: true);
        if (user is null)
        {
            return result;
        }

        return await links.SendAsync(user, ct) is { } sentTo
            ? result with { DoneArgs = [sentTo] }
            : result with { DoneKey = "Users.Errors.LinkNotSent", DoneWithProblem = true };
    }
}
