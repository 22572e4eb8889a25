using Microsoft.AspNetCore.Identity;
using TraffickingCare.Domain.Accounts;
using TraffickingCare.Web.Features.Shared.Accounts;
using TraffickingCare.Web.Identity;
using TraffickingCare.Web.Infrastructure.Mvc;

namespace TraffickingCare.Web.Features.PrivilegedChanges;

/// <summary>Refusing leaves the account as it was; refusing a new account disables it.</summary>
public sealed class RefusePrivilegedChangeHandler(PrivilegedChangeDecision decision, UserManager<AppUser> users)
{
    public Task<ChangeResult> HandleAsync(PrivilegedChangeForm form, string approverId, CancellationToken ct) =>
        decision.DecideAsync(form, approverId, PrivilegedChangeStatus.Refused, ct, async (change, target) =>
        {
            if (change.Kind != PrivilegedChangeKind.CreateAccount)
            {
                return [];
            }

            // The account was made for the request alone: without it, it must not linger half-made.
            var changes = new Dictionary<string, object> { ["IsDisabled"] = UserAudit.Change(target.IsDisabled, true) };
            target.IsDisabled = true;
            return (await users.UpdateSecurityStampAsync(target)).Succeeded ? changes : null;
        });
}
