using Microsoft.EntityFrameworkCore;
using TraffickingCare.Web.Data;
using TraffickingCare.Web.Identity;

namespace TraffickingCare.Web.Features.Shared.Lookups;

/// <summary>
/// The people and institutions a case's entry may name (a service's giver, a visit's participants): the staff who may
/// see the case and those already named on its entries, then the partner directory; and the checks that posted values
/// are among them (a tampered value is refused).
/// </summary>
/// <remarks>
/// Only the case's own staff are offered: the whole staff list made every case page carry every caseworker (thousands
/// of options in a national deployment, most of the page's SQL and its size), and a colleague off the team could not
/// open the case they were named on. A colleague who has left the team, or the Centre, stays offered on the case they
/// worked on.
/// </remarks>
public sealed class StaffOrPartnerOptionsQuery(AppDbContext db, CaseStaffQuery caseStaff)
{
    /// <summary>The refusal of a staff member the case does not offer (off its team and named on none of its entries).</summary>
    public const string OffCaseKey = "Support.Errors.StaffOffCase";

    private static readonly string[] StaffRoles = [Roles.Caseworker, Roles.Coordinator];

    /// <param name="recorded">The staff already named on the case's entries of the form's kind.</param>
    public async Task<StaffOrPartnerOptions> ForCaseAsync(Guid caseId, IQueryable<string> recorded, CancellationToken ct)
    {
        var staff = await caseStaff.OfOrRecorded(caseId, recorded)
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

    /// <summary>Whether every staff member among the posted values is offered on the case (<see cref="ForCaseAsync"/>); partners are <see cref="AllOfferedAsync"/>'s.</summary>
    public Task<bool> StaffOfferedForCaseAsync(Guid caseId, IQueryable<string> recorded, IEnumerable<string?> values, CancellationToken ct) =>
        caseStaff.AllAsync(caseId, values.Select(v => StaffOrPartnerValue.TryParse(v, out var who) ? who.UserId : null).OfType<string>(), ct, recorded);

    /// <summary>
    /// Whether every posted value names a member of staff or a partner offered now; unreadable values are not. A disabled
    /// account passes here: whether a case's entry may name them is the case's rule (<see cref="StaffOfferedForCaseAsync"/>
    /// keeps those already named on the case; a conference's handler wants enabled staff), checked by the handler.
    /// </summary>
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
        db.Users.AsNoTracking().Where(u => db.UserRoles.Any(ur => ur.UserId == u.Id
            && db.Roles.Any(r => r.Id == ur.RoleId && StaffRoles.Contains(r.Name!))));
}
