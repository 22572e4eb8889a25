using System.Security.Claims;
using TraffickingCare.Web.Identity;

namespace TraffickingCare.Web.Features.Work;

/// <summary>
/// Who has a "Moj rad": everyone who works with people (the team, the coordinator, shelter staff) and management,
/// whose list holds the tasks set for it (it has no casework). The administrator has no work here.
/// </summary>
public static class WorkRoles
{
    public const string Authorize = Roles.Caseworker + "," + Roles.Coordinator + "," + Roles.ShelterStaff + "," + Roles.Management;

    public static readonly string[] All = [Roles.Caseworker, Roles.Coordinator, Roles.ShelterStaff, Roles.Management];

    public static bool HasWork(ClaimsPrincipal user) => All.Any(user.IsInRole);
}
