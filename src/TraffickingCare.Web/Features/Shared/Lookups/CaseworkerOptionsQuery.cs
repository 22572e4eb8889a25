using Microsoft.EntityFrameworkCore;
using TraffickingCare.Web.Data;
using TraffickingCare.Web.Identity;

namespace TraffickingCare.Web.Features.Shared.Lookups;

/// <summary>The enabled caseworkers a referral or case can be given to (value: user id; label: display name).</summary>
public sealed class CaseworkerOptionsQuery(AppDbContext db)
{
    public async Task<IReadOnlyList<CodeListOption>> GetAsync(CancellationToken ct) =>
        await db.Users.AsNoTracking()
            .Where(u => !u.IsDisabled && db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && r.Name == Roles.Caseworker)))
            .OrderBy(u => u.DisplayName)
            .Select(u => new CodeListOption(u.Id, u.DisplayName))
            .ToListAsync(ct);

    public async Task<bool> IsCaseworkerAsync(string? userId, CancellationToken ct) =>
        userId is not null && (await GetAsync(ct)).Any(o => o.Code == userId);
}
