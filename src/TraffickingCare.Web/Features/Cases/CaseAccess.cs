using System.Security.Claims;
using TraffickingCare.Domain.Cases;
using TraffickingCare.Web.Data;
using TraffickingCare.Web.Identity;
using TraffickingCare.Web.Infrastructure.Mvc;

namespace TraffickingCare.Web.Features.Cases;

/// <summary>
/// The one place that decides which cases a user may see. Every case query starts here, so a case
/// outside the user's reach is simply not found, whatever id is typed into the address.
/// </summary>
public sealed class CaseAccess(AppDbContext db)
{
    public IQueryable<CaseFile> Visible(ClaimsPrincipal user)
    {
        if (user.IsInRole(Roles.Coordinator))
        {
            return db.Cases;
        }

        if (user.IsInRole(Roles.Caseworker))
        {
            var userId = user.GetUserId();
            return db.Cases.Where(c => c.LeadCaseworkerId == userId || c.Team.Any(m => m.UserId == userId));
        }

        // Management reads the caseload but not restricted cases (those need a recorded reason,
        // which arrives with the management views); shelter staff and administrators see no case.
        return user.IsInRole(Roles.Management) ? db.Cases.Where(c => !c.IsRestricted) : db.Cases.Where(_ => false);
    }

    /// <summary>Who may change a case: its team, and the coordinator.</summary>
    public IQueryable<CaseFile> Editable(ClaimsPrincipal user) =>
        user.IsInRole(Roles.Coordinator) || user.IsInRole(Roles.Caseworker) ? Visible(user) : db.Cases.Where(_ => false);
}
