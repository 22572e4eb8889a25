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
public sealed class TrainerOptionsQuery(AppDbContext db, CaseworkerOptionsQuery accounts)
{
    private static readonly string[] StaffRoles = [Roles.Caseworker, Roles.Coordinator, Roles.ShelterStaff, Roles.Management];

    /// <summary>
    /// The staff the form offers: all of them while the staff has at most <see cref="CaseworkerOptionsQuery.ListedUpTo"/>
    /// accounts; beyond that, the trainers already chosen (<paramref name="chosen"/>, as posted) and kept, then the first
    /// <see cref="CaseworkerOptionsQuery.FoundAtMost"/> enabled staff whose name or user name contains
    /// <paramref name="find"/> (a national deployment's thousands of checkboxes were not a form anyone could use).
    /// </summary>
    public async Task<CaseworkerPick> PickAsync(IReadOnlyCollection<string> keep, IEnumerable<string> chosen, string? find, CancellationToken ct)
    {
        if (await accounts.ListsAllAsync(StaffRoles, ct))
        {
            return new CaseworkerPick([], await CaseworkerOptionsQuery.Options(Offered(keep)).ToListAsync(ct), Searches: false, Find: null);
        }

        var named = chosen.Concat(keep).Where(id => !string.IsNullOrEmpty(id)).Distinct(StringComparer.Ordinal).ToList();
        List<CodeListOption> kept = named.Count == 0 ? [] : await CaseworkerOptionsQuery.Options(Offered(keep).Where(u => named.Contains(u.Id))).ToListAsync(ct);
        var typed = find?.Trim();
        List<CodeListOption> found = string.IsNullOrEmpty(typed)
            ? []
            : await CaseworkerOptionsQuery.FirstFound(Offered([]).Where(u => !named.Contains(u.Id)), typed).ToListAsync(ct);

        return new CaseworkerPick(kept, found, Searches: true, Find: string.IsNullOrEmpty(typed) ? null : typed);
    }

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
