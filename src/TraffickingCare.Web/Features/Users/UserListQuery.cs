using Microsoft.EntityFrameworkCore;
using TraffickingCare.Domain.Accounts;
using TraffickingCare.Web.Data;

namespace TraffickingCare.Web.Features.Users;

/// <summary>
/// All staff accounts (tens, not thousands: not paged). Lockout is judged after loading because
/// SQLite cannot compare the DateTimeOffset Identity stores.
/// </summary>
public sealed class UserListQuery(AppDbContext db, TimeProvider clock)
{
    public async Task<IReadOnlyList<UserRow>> RunAsync(string currentUserId, CancellationToken ct)
    {
        var users = await db.Users.AsNoTracking()
            .OrderBy(u => u.DisplayName)
            .Select(u => new
            {
                u.Id,
                u.UserName,
                u.DisplayName,
                u.Email,
                Role = db.UserRoles.Where(ur => ur.UserId == u.Id)
                    .Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name)
                    .FirstOrDefault(),
                PendingRole = db.PrivilegedChanges
                    .Where(c => c.TargetUserId == u.Id && c.Kind == PrivilegedChangeKind.CreateAccount && c.Status == PrivilegedChangeStatus.Pending)
                    .Select(c => c.Role)
                    .FirstOrDefault(),
                u.IsDisabled,
                u.TwoFactorEnabled,
                u.LockoutEnd,
                u.CreatedAtUtc,
                u.ConcurrencyStamp,
            })
            .ToListAsync(ct);

        var now = clock.GetUtcNow();
        return users.Select(u => new UserRow(
                u.Id, u.UserName ?? string.Empty, u.DisplayName, u.Email, u.Role, u.PendingRole, u.IsDisabled, u.TwoFactorEnabled,
                u.LockoutEnd > now, u.CreatedAtUtc, u.ConcurrencyStamp, u.Id == currentUserId))
            .ToList();
    }
}
