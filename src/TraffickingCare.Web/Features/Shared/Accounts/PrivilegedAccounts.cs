using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using TraffickingCare.Domain.Accounts;
using TraffickingCare.Web.Data;
using TraffickingCare.Web.Identity;

namespace TraffickingCare.Web.Features.Shared.Accounts;

/// <summary>
/// Which accounts need four eyes, and the requests that stand in for a change to them. Coordinators
/// approve identification decisions, management reads identities, administrators make accounts: an
/// account with any of these roles is made or taken over only with a second person's approval.
/// </summary>
public sealed class PrivilegedAccounts(AppDbContext db, UserManager<AppUser> users, TimeProvider clock, ILogger<PrivilegedAccounts> logger)
{
    public static readonly IReadOnlyList<string> All = [Roles.Coordinator, Roles.Management, Roles.Administrator];

    public static bool IsPrivileged(string? role) => role is not null && All.Contains(role);

    /// <summary>
    /// The privileged role the account holds, or will hold once a pending request to make it is approved
    /// (such an account has no role yet, and must not be finished through a password reset either).
    /// </summary>
    public async Task<string?> RoleOfAsync(AppUser user, CancellationToken ct = default)
    {
        var held = (await users.GetRolesAsync(user)).FirstOrDefault(IsPrivileged);
        return held ?? await db.PrivilegedChanges.AsNoTracking()
            .Where(c => c.TargetUserId == user.Id && c.Kind == PrivilegedChangeKind.CreateAccount && c.Status == PrivilegedChangeStatus.Pending)
            .Select(c => c.Role)
            .FirstOrDefaultAsync(ct);
    }

    /// <returns>False when the same change for the same account already awaits approval.</returns>
    public async Task<bool> RequestAsync(PrivilegedChangeKind kind, AppUser user, string role, string actorId, CancellationToken ct = default)
    {
        if (await db.PrivilegedChanges.AnyAsync(c => c.TargetUserId == user.Id && c.Kind == kind && c.Status == PrivilegedChangeStatus.Pending, ct))
        {
            return false;
        }

        var request = PrivilegedChange.Request(kind, user.Id, role, actorId, clock.GetUtcNow().UtcDateTime);
        db.PrivilegedChanges.Add(request);
        await db.SaveChangesAsync(ct);
        logger.PrivilegedChangeRequested(actorId, kind.ToString(), role, user.Id, request.Id);
        return true;
    }
}
