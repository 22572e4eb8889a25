using System.Security.Claims;
using TraffickingCare.Web.Features.Shared.Home;
using TraffickingCare.Web.Identity;

namespace TraffickingCare.Web.Features.SubjectAccess;

/// <summary>Management's way to answer a person's request for their data, on its home page (no query).</summary>
public sealed class SubjectAccessPanel : IHomePanel
{
    public int Order => 2;

    public Task<HomePanelView?> BuildAsync(ClaimsPrincipal user, CancellationToken ct) =>
        Task.FromResult(user.Meets(Policies.SubjectAccess) ? HomePanelView.Beside(this, "_SubjectAccess", new HomeCount(0), Roles.Management) : null);
}
