using Microsoft.AspNetCore.Identity;
using TraffickingCare.Domain.Accounts;
using TraffickingCare.Web.Features.Shared.Accounts;
using TraffickingCare.Web.Identity;
using TraffickingCare.Web.Infrastructure.Mvc;

namespace TraffickingCare.Web.Features.PrivilegedChanges;

/// <summary>
/// Approval applies the change in the same transaction as the decision; a new set-password link then goes by
/// mail to the account's owner, so neither the requester nor the approver ever holds it.
/// </summary>
public sealed class ApprovePrivilegedChangeHandler(
    PrivilegedChangeDecision decision, UserManager<AppUser> users, AccountResets resets, SetPasswordLinkDelivery links)
{
    /// <returns>Done with the message that says where a link went, or that it could not be sent.</returns>
    public async Task<ChangeResult> HandleAsync(PrivilegedChangeForm form, string approverId, CancellationToken ct)
    {
        AppUser? user = null;
        var kind = PrivilegedChangeKind.ResetTwoFactor;
        var result = await decision.DecideAsync(form, approverId, PrivilegedChangeStatus.Approved, ct, async (change, target) =>
        {
            (user, kind) = (target, change.Kind);
            var (changes, outcome) = change.Kind switch
            {
                PrivilegedChangeKind.CreateAccount => (new Dictionary<string, object> { ["Role"] = new { to = change.Role } }, await users.AddToRoleAsync(target, change.Role)),
                PrivilegedChangeKind.ResetPassword => (AccountResets.PasswordChanges(target), await resets.ResetPasswordAsync(target)),
                _ => (AccountResets.TwoFactorChanges(target), await resets.ResetTwoFactorAsync(target)),
            };
            return outcome.Succeeded ? changes : null;
        });

        if (!result.Succeeded || kind is not (PrivilegedChangeKind.CreateAccount or PrivilegedChangeKind.ResetPassword))
        {
            return result;
        }

        return await links.SendAsync(user!, ct) is { } sentTo
            ? result with { DoneKey = "PrivilegedChanges.ApprovedLinkSent", DoneArgs = [sentTo] }
            : result with { DoneKey = "PrivilegedChanges.ApprovedLinkNotSent", DoneWithProblem = true };
    }
}
