using Microsoft.EntityFrameworkCore;
using TraffickingCare.Web.Data;
using TraffickingCare.Web.Identity;

namespace TraffickingCare.Web.Features.Shared.Lookups;

/// <summary>
/// The people who work on a case and so may see it through the case access rule: its lead and its team and, when
/// asked, every coordinator (who sees every case). Anyone a feature hands part of a case to (a task, a conference's
/// invitation or action item) is one of them, or they would be given what they cannot open.
/// </summary>
public sealed class CaseStaffQuery(AppDbContext db)
{
    public IQueryable<AppUser> Of(Guid caseId, bool withCoordinators) =>
        db.Users.AsNoTracking().Where(u => !u.IsDisabled
            && (db.Cases.Any(c => c.Id == caseId && (c.LeadCaseworkerId == u.Id || c.Team.Any(m => m.UserId == u.Id)))
                || (withCoordinators && db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && r.Name == Roles.Coordinator)))));

    /// <summary>Whether every given user id is one of them (ids repeated or none at all pass).</summary>
    public async Task<bool> AllAsync(Guid caseId, IEnumerable<string> userIds, CancellationToken ct)
    {
        var ids = userIds.Distinct(StringComparer.Ordinal).ToList();
        return ids.Count == 0 || await Of(caseId, withCoordinators: true).CountAsync(u => ids.Contains(u.Id), ct) == ids.Count;
    }
}
