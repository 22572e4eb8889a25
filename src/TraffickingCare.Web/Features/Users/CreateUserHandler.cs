using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using TraffickingCare.Domain.Accounts;
using TraffickingCare.Domain.Auditing;
using TraffickingCare.Web.Data;
using TraffickingCare.Web.Features.Shared.Accounts;
using TraffickingCare.Web.Identity;
using TraffickingCare.Web.Resources;

namespace TraffickingCare.Web.Features.Users;

/// <summary>
/// Creates an account with no password. The user chooses their own through a one-time link mailed to
/// their address, so no administrator ever knows the password or holds the link. A privileged role is
/// only requested: the account gets it, and its link, when a second person approves.
/// </summary>
public sealed class CreateUserHandler(
    AppDbContext db, UserManager<AppUser> users, UserAudit audit, PrivilegedAccounts privileged, SetPasswordLinkDelivery links,
    IStringLocalizer<SharedResource> l, TimeProvider clock, ILogger<CreateUserHandler> logger)
{
    public async Task<CreateUserResult> HandleAsync(CreateUserForm form, string actorId, CancellationToken ct)
    {
        var email = form.Email!.Trim();
        var normalized = users.NormalizeEmail(email);
        if (await db.Users.AnyAsync(u => u.NormalizedEmail == normalized, ct))
        {
            return new(IdentityResult.Failed(new IdentityError { Code = "DuplicateEmail", Description = l["Users.Errors.DuplicateEmail"] }));
        }

        var user = new AppUser
        {
            UserName = form.UserName!.Trim(),
            DisplayName = form.DisplayName!.Trim(),
            Email = email,
            CreatedAtUtc = clock.GetUtcNow().UtcDateTime,
        };
        var fourEyes = PrivilegedAccounts.IsPrivileged(form.Role);

        // User and role (or the request for it) in one transaction: an account without either must never remain.
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var result = await users.CreateAsync(user);
        if (result.Succeeded && !fourEyes)
        {
            result = await users.AddToRoleAsync(user, form.Role!);
        }

        if (!result.Succeeded)
        {
            return new(result);
        }

        await audit.RecordAsync(AuditAction.Created, user, new Dictionary<string, object> { ["Role"] = new { to = form.Role, awaitingApproval = fourEyes }, ["Email"] = UserAudit.Secret() }, ct);
        if (fourEyes)
        {
            await privileged.RequestAsync(PrivilegedChangeKind.CreateAccount, user, form.Role!, actorId, ct);
        }

        await transaction.CommitAsync(ct);
        logger.Created(actorId, user.Id, form.Role!);
        return fourEyes ? new(result, AwaitingApproval: true) : new(result, SentTo: await links.SendAsync(user, ct));
    }
}
