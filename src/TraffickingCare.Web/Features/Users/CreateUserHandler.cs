using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using TraffickingCare.Domain.Accounts;
using TraffickingCare.Domain.Auditing;
using TraffickingCare.Web.Data;
using TraffickingCare.Web.Features.Shared.Accounts;
using TraffickingCare.Web.Identity;
using TraffickingCare.Web.Infrastructure.Mvc;

namespace TraffickingCare.Web.Features.Users;

/// <summary>
/// Creates an account with no password. The user chooses their own through a one-time link mailed to
/// their address, so no administrator ever knows the password or holds the link. A privileged role is
/// only requested: the account gets it, and its link, when a second person approves.
/// </summary>
public sealed class CreateUserHandler(
    AppDbContext db, UserManager<AppUser> users, UserAudit audit, PrivilegedAccounts privileged, SetPasswordLinkDelivery links,
    TimeProvider clock, ILogger<CreateUserHandler> logger)
{
    /// <returns>Done with the masked address the link went to; Identity's refusals on the fields they concern.</returns>
    public async Task<ChangeResult> HandleAsync(CreateUserForm form, string actorId, CancellationToken ct)
    {
        var email = form.Email!.Trim();
        var normalized = users.NormalizeEmail(email);
        if (await db.Users.AnyAsync(u => u.NormalizedEmail == normalized, ct))
        {
            return ChangeResult.Refused("Users.Errors.DuplicateEmail", nameof(CreateUserForm.Email));
        }

        var fourEyes = PrivilegedAccounts.IsPrivileged(form.Role);

        // User and role (or the request for it) in one transaction: an account without either must never remain. SQL
        // Server's retrying strategy refuses a transaction begun outside it, and a retry starts the unit afresh.
        var (result, user) = await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            db.ChangeTracker.Clear();
            var user = new AppUser
            {
                UserName = form.UserName!.Trim(),
                DisplayName = form.DisplayName!.Trim(),
                Email = email,
                CreatedAtUtc = clock.GetUtcNow().UtcDateTime,
            };
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var result = await users.CreateAsync(user);
            if (result.Succeeded && !fourEyes)
            {
                result = await users.AddToRoleAsync(user, form.Role!);
            }

            if (!result.Succeeded)
            {
                return (result, user);
            }

            await audit.RecordAsync(AuditAction.Created, user, new Dictionary<string, object> { ["Role"] = new { to = form.Role, awaitingApproval = fourEyes }, ["Email"] = UserAudit.Secret() }, ct);
            if (fourEyes)
            {
                await privileged.RequestAsync(PrivilegedChangeKind.CreateAccount, user, form.Role!, actorId, ct);
            }

            await transaction.CommitAsync(ct);
            return (result, user);
        });
        if (!result.Succeeded)
        {
            return ChangeResult.RefusedBy(result, FieldOf);
        }

        logger.Created(actorId, user.Id, form.Role!);
        if (fourEyes)
        {
            // A privileged role: the account waits, without a role or a link, for a second person.
            return ChangeResult.Done with { DoneKey = "Users.Create.AwaitingApproval" };
        }

        return await links.SendAsync(user, ct) is { } sentTo
            ? ChangeResult.Done with { DoneArgs = [sentTo] }
            : ChangeResult.Done with { DoneKey = "Users.Errors.CreatedLinkNotSent", DoneWithProblem = true };
    }

    private static string FieldOf(string identityErrorCode) =>
        identityErrorCode.Contains("UserName", StringComparison.Ordinal) ? nameof(CreateUserForm.UserName)
        : identityErrorCode.Contains("Email", StringComparison.Ordinal) ? nameof(CreateUserForm.Email)
        : string.Empty;
}
