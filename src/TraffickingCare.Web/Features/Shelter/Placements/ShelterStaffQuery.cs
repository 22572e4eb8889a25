using Microsoft.EntityFrameworkCore;
using TraffickingCare.Web.Data;
using TraffickingCare.Web.Features.Shared.Lookups;
using TraffickingCare.Web.Identity;

namespace TraffickingCare.Web.Features.Shelter.Placements;

/// <summary>Who can answer for a goal of the plan: the enabled shelter staff and coordinators (value: user id; label: display name).</summary>
public sealed class ShelterStaffQuery(AppDbContext db)
{
    private static readonly string[] WorkerRoles = [Roles.ShelterStaff, Roles.Coordinator];

    /// <remarks>
    /// The roles' ids first, then their holders from the roles' index, then those accounts by key: asked of every account
    /// ("does it hold one of the roles?"), SQLite read all of a national centre's 2,500 on every view of a plan.
    /// </remarks>
    /// <param name="keep">The one a record already names (a goal's responsible): offered after they left the Centre or the shelter, as a code list keeps a held value.</param>
    public async Task<IReadOnlyList<CodeListOption>> GetAsync(CancellationToken ct, string? keep = null) =>
        await db.Users.AsNoTracking()
            .Where(u => u.Id == keep || (!u.IsDisabled && db.UserRoles
                .Where(ur => db.Roles.Where(r => WorkerRoles.Contains(r.Name!)).Select(r => r.Id).Contains(ur.RoleId))
                .Select(ur => ur.UserId)
                .Contains(u.Id)))
            .OrderBy(u => u.DisplayName)
            .Select(u => new CodeListOption(u.Id, u.DisplayName))
            .ToListAsync(ct);

    /// <param name="held">The one the record already names: accepted again, for that record only.</param>
    public async Task<bool> IsShelterWorkerAsync(string? userId, CancellationToken ct, string? held = null) =>
        userId is not null && (userId == held || (await GetAsync(ct)).Any(o => o.Code == userId));
}
