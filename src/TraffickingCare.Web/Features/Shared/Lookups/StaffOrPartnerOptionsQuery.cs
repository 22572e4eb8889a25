using Microsoft.EntityFrameworkCore;
using TraffickingCare.Web.Data;
using TraffickingCare.Web.Identity;

namespace TraffickingCare.Web.Features.Shared.Lookups;

/// <summary>
/// The Centre's case staff (enabled caseworkers and coordinators) and the partner directory, for a service's giver
/// or a visit's participants; and the check that posted values are among them (a tampered value is refused).
/// </summary>
public sealed class StaffOrPartnerOptionsQuery(AppDbContext db)
{
    private static readonly string[] StaffRoles = [Roles.Caseworker, Roles.Coordinator];

    public async Task<StaffOrPartnerOptions> GetAsync(CancellationToken ct)
    {
        var staff = await Staff()
            .OrderBy(u => u.DisplayName)
            .Select(u => new { u.Id, u.DisplayName })
            .ToListAsync(ct);
        var partners = await db.Partners.AsNoTracking()
            .Where(p => p.MergedIntoId == null)
            .OrderBy(p => p.Name)
            .Select(p => new { p.Id, p.Name })
            .ToListAsync(ct);
        return new(
            [.. staff.Select(u => new CodeListOption(StaffOrPartnerValue.OfUser(u.Id), u.DisplayName))],
            [.. partners.Select(p => new CodeListOption(StaffOrPartnerValue.OfPartner(p.Id), p.Name))]);
    }

    /// <summary>Whether every posted value names an enabled staff member or a partner offered now; unreadable values are not.</summary>
    public async Task<bool> AllOfferedAsync(IEnumerable<string?> values, CancellationToken ct)
    {
        var users = new HashSet<string>(StringComparer.Ordinal);
        var partners = new HashSet<Guid>();
        foreach (var value in values)
        {
            if (!StaffOrPartnerValue.TryParse(value, out var who))
            {
                return false;
            }

            if (who.UserId is { } userId)
            {
                users.Add(userId);
            }
            else
            {
                partners.Add(who.PartnerId!.Value);
            }
        }

        var userList = users.ToList();
        var partnerList = partners.ToList();
        return (userList.Count == 0 || await Staff().CountAsync(u => userList.Contains(u.Id), ct) == userList.Count)
            && (partnerList.Count == 0 || await db.Partners.CountAsync(p => partnerList.Contains(p.Id) && p.MergedIntoId == null, ct) == partnerList.Count);
    }

    private IQueryable<AppUser> Staff() =>
        db.Users.AsNoTracking().Where(u => !u.IsDisabled && db.UserRoles.Any(ur => ur.UserId == u.Id
            && db.Roles.Any(r => r.Id == ur.RoleId && StaffRoles.Contains(r.Name!))));
}
