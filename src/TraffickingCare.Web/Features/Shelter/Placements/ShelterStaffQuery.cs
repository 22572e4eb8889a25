using Microsoft.EntityFrameworkCore;
using TraffickingCare.Web.Data;
using TraffickingCare.Web.Features.Shared.Lookups;
using TraffickingCare.Web.Identity;

namespace TraffickingCare.Web.Features.Shelter.Placements;

/// <summary>Who can answer for a goal of the plan: the enabled shelter staff and coordinators (value: user id; label: display name).</summary>
public sealed class ShelterStaffQuery(AppDbContext db)
{
    private static readonly string[] WorkerRoles = [Roles.ShelterStaff, Roles.Coordinator];

    public async Task<IReadOnlyList<CodeListOption>> GetAsync(CancellationToken ct) =>
        await db.Users.AsNoTracking()
            .Where(u => !u.IsDisabled && db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && WorkerRoles.Contains(r.Name!))))
            .OrderBy(u => u.DisplayName)
            .Select(u => new CodeListOption(u.Id, u.DisplayName))
            .ToListAsync(ct);

    public async Task<bool> IsShelterWorkerAsync(string? userId, CancellationToken ct) =>
        userId is not null && (await GetAsync(ct)).Any(o => o.Code == userId);
}
