using Microsoft.EntityFrameworkCore;
using TraffickingCare.Web.Data;
using TraffickingCare.Web.Features.Shared.Lookups;
using TraffickingCare.Web.Identity;

namespace TraffickingCare.Web.Features.Activity.Trainings;

/// <summary>
/// The Centre's staff who may be named as a training's trainers: every enabled user who works with cases, the
/// shelter or oversight (administrators run the system, they do not teach). A trainer named before keeps their place
/// on the edit form after their account was disabled (<c>keep</c>), as a retired code does.
/// </summary>
public sealed class TrainerOptionsQuery(AppDbContext db)
{
    private static readonly string[] StaffRoles = [Roles.Caseworker, Roles.Coordinator, Roles.ShelterStaff, Roles.Management];

    public async Task<IReadOnlyList<CodeListOption>> GetAsync(IReadOnlyCollection<string> keep, CancellationToken ct) =>
        await Offered(keep).OrderBy(u => u.DisplayName).Select(u => new CodeListOption(u.Id, u.DisplayName)).ToListAsync(ct);

    /// <summary>Whether every posted user id is offered (a tampered id is refused, not saved).</summary>
    public async Task<bool> AllOfferedAsync(IEnumerable<string> userIds, IReadOnlyCollection<string> keep, CancellationToken ct)
    {
        var ids = userIds.Where(id => !string.IsNullOrEmpty(id)).Distinct(StringComparer.Ordinal).ToList();
        return ids.Count == 0 || (ids.Count <= 100 && await Offered(keep).CountAsync(u => ids.Contains(u.Id), ct) == ids.Count);
    }

    private IQueryable<AppUser> Offered(IReadOnlyCollection<string> keep) =>
        db.Users.AsNoTracking().Where(u => keep.Contains(u.Id) || (!u.IsDisabled && db.UserRoles.Any(ur => ur.UserId == u.Id
            && db.Roles.Any(r => r.Id == ur.RoleId && StaffRoles.Contains(r.Name!)))));
}
