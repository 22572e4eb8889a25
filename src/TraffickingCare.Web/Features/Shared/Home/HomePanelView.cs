using TraffickingCare.Web.Infrastructure.Mvc;

namespace TraffickingCare.Web.Features.Shared.Home;

/// <summary>
/// What a panel shows: its partial view, which lives beside the panel's class (<see cref="Beside"/> finds it by
/// the class's namespace, as controllers find their views), its model, and the role cards it appears in.
/// </summary>
public sealed record HomePanelView(string ViewPath, HomePanelModel Model, IReadOnlyCollection<string> InRoles)
{
    public static HomePanelView Beside(IHomePanel panel, string partialName, HomePanelModel model, params string[] roles) =>
        new(FeatureViewLocations.PathBeside(panel.GetType(), partialName), model, roles);

    /// <summary>The model as the card of <paramref name="role"/> shows it.</summary>
    public HomePanelModel For(string role) => Model with { Role = role };
}
