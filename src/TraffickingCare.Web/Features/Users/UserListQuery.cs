using Microsoft.EntityFrameworkCore;
using TraffickingCare.Domain.Accounts;
using TraffickingCare.Web.Data;
using TraffickingCare.Web.Identity;

namespace TraffickingCare.Web.Features.Users;

/// <summary>
/// Staff accounts, filtered and paged in the database: a centre has tens, a national deployment thousands (the seed of
/// a million cases makes 2,502 caseworkers). Lockout is judged after loading because SQLite cannot compare the
/// DateTimeOffset Identity stores.
/// </summary>
public sealed class UserListQuery(AppDbContext db, TimeProvider clock)
{
    public async Task<UserListViewModel> RunAsync(UserListFilter filter, string currentUserId, CancellationToken ct)
    {
        var accounts = Filtered(filter);
        var total = await accounts.CountAsync(ct);
        filter.Page = Math.Clamp(filter.Page, 1, UserListViewModel.Pages(total));
        var users = await accounts
            .OrderBy(u => u.DisplayName).ThenBy(u => u.Id)
            .Skip((filter.Page - 1) * UserListFilter.PageSize)
            .Take(UserListFilter.PageSize)
            .Select(u => new
            {
                u.Id,
                u.UserName,
                u.DisplayName,
                u.Email,
                Role = db.UserRoles.Where(ur => ur.UserId == u.Id)
                    .Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name)
                    .FirstOrDefault(),
                PendingRole = Pending().Where(c => c.TargetUserId == u.Id).Select(c => c.Role).FirstOrDefault(),
                u.IsDisabled,
                u.TwoFactorEnabled,
                u.LockoutEnd,
                u.CreatedAtUtc,
                u.ConcurrencyStamp,
            })
            .ToListAsync(ct);

        var now = clock.GetUtcNow();
        var rows = users.Select(u => new UserRow(
                u.Id, u.UserName ?? string.Empty, u.DisplayName, u.Email, u.Role, u.PendingRole, u.IsDisabled, u.TwoFactorEnabled,
                u.LockoutEnd > now, u.CreatedAtUtc, u.ConcurrencyStamp, u.Id == currentUserId))
            .ToList();
        return new UserListViewModel(filter, rows, total);
    }

    private IQueryable<AppUser> Filtered(UserListFilter filter)
    {
        var accounts = db.Users.AsNoTracking();
        if (filter.Q?.Trim() is { Length: > 0 } typed)
        {
            var pattern = LikePattern.Containing(typed);
            accounts = accounts.Where(u => EF.Functions.Like(u.DisplayName, pattern, LikePattern.Escape)
                || EF.Functions.Like(u.UserName!, pattern, LikePattern.Escape)
                || EF.Functions.Like(u.Email!, pattern, LikePattern.Escape));
        }

        if (filter.Role is { } role && Roles.All.Contains(role))
        {
            // An account awaiting a second administrator's approval has no role yet; it is listed under the one it awaits.
            accounts = accounts.Where(u => db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && r.Name == role))
                || Pending().Any(c => c.TargetUserId == u.Id && c.Role == role));
        }

        accounts = filter.Status switch
        {
            UserListStatus.Enabled => accounts.Where(u => !u.IsDisabled),
            UserListStatus.Disabled => accounts.Where(u => u.IsDisabled),
            _ => accounts,
        };
        return accounts;
    }

    private IQueryable<PrivilegedChange> Pending() =>
        db.PrivilegedChanges.Where(c => c.Kind == PrivilegedChangeKind.CreateAccount && c.Status == PrivilegedChangeStatus.Pending);
}
