using TraffickingCare.Web.Features.Shared.Home;

namespace TraffickingCare.Web.Features.Home;

/// <summary>The user's roles (a card each) and the panels that have something to show.</summary>
public sealed record HomeViewModel(IReadOnlyList<string> Roles, IReadOnlyList<HomePanelView> Panels)
{
    public IReadOnlyList<HomePanelView> PanelsFor(string role) => Panels.Where(p => p.InRoles.Contains(role)).ToList();
}
