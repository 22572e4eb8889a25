using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using TraffickingCare.Web.Data;
using TraffickingCare.Web.Features.Shared.Lookups;
using TraffickingCare.Web.Identity;

namespace TraffickingCare.Web.Features.Work.WorkTasks;

/// <summary>
/// Who a user may give a task to. A caseworker: themselves or a colleague (a caseworker); a task about a case only to
/// someone on that case's team, who can see it. The coordinator: anyone who has work here; a task about a case to its
/// team or a coordinator (who sees every case). Nobody else sets tasks.
/// </summary>
public sealed class AssigneeOptionsQuery(AppDbContext db, CaseworkerOptionsQuery caseworkers, CaseStaffQuery caseStaff)
{
    public async Task<IReadOnlyList<CodeListOption>> ForWorkAsync(ClaimsPrincipal user, CancellationToken ct)
    {
        if (user.IsInRole(Roles.Coordinator))
        {
            return await Enabled(WorkRoles.All).OrderBy(u => u.DisplayName).Select(u => new CodeListOption(u.Id, u.DisplayName)).ToListAsync(ct);
        }

        return user.IsInRole(Roles.Caseworker) ? await caseworkers.GetAsync(ct) : [];
    }

    /// <summary>The case's team (lead and members) and, when a coordinator sets the task, the coordinators.</summary>
    public async Task<IReadOnlyList<CodeListOption>> ForCaseAsync(Guid caseId, ClaimsPrincipal user, CancellationToken ct) =>
        await caseStaff.Of(caseId, withCoordinators: user.IsInRole(Roles.Coordinator))
            .OrderBy(u => u.DisplayName)
            .Select(u => new CodeListOption(u.Id, u.DisplayName))
            .ToListAsync(ct);

    private IQueryable<AppUser> Enabled(string[] roles) =>
        db.Users.AsNoTracking().Where(u => !u.IsDisabled
            && db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && roles.Contains(r.Name!))));
}
