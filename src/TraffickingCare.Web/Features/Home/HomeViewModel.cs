using System.Security.Claims;
using TraffickingCare.Web.Identity;

namespace TraffickingCare.Web.Features.Home;

/// <summary>Which work panels the signed-in user's roles call for.</summary>
public sealed record HomeViewModel(IReadOnlyList<string> Panels)
{
    public static HomeViewModel For(ClaimsPrincipal user) =>
        new(Roles.All.Where(user.IsInRole).ToList());
}
