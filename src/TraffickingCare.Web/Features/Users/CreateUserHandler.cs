using Microsoft.AspNetCore.Identity;
using TraffickingCare.Domain.Auditing;
using TraffickingCare.Web.Data;
using TraffickingCare.Web.Identity;

namespace TraffickingCare.Web.Features.Users;

/// <summary>
/// Creates an account with no password and returns a one-time set-password token: the user
/// chooses their own password, so no administrator ever knows it.
/// </summary>
public sealed class CreateUserHandler(AppDbContext db, UserManager<AppUser> users, UserAudit audit, TimeProvider clock, ILogger<CreateUserHandler> logger)
{
    public async Task<(IdentityResult Result, string? UserId, string? Token)> HandleAsync(CreateUserForm form, string actorId, CancellationToken ct)
    {
        var user = new AppUser
        {
            UserName = form.UserName!.Trim(),
            DisplayName = form.DisplayName!.Trim(),
            CreatedAtUtc = clock.GetUtcNow().UtcDateTime,
        };

        // User and role in one transaction: an account without a role must never remain.
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var result = await users.CreateAsync(user);
        if (result.Succeeded)
        {
            result = await users.AddToRoleAsync(user, form.Role!);
        }

        if (!result.Succeeded)
        {
            return (result, null, null);
        }

        await audit.RecordAsync(AuditAction.Created, user, new Dictionary<string, object> { ["Role"] = new { to = form.Role } }, ct);
        await transaction.CommitAsync(ct);
        logger.Created(actorId, user.Id, form.Role!);
        return (result, user.Id, await users.GeneratePasswordResetTokenAsync(user));
    }
}
