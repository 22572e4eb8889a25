using TraffickingCare.Web.Infrastructure.Mvc;

namespace TraffickingCare.Web.Features.Shared.CasePanels;

/// <summary>What a case panel shows: its partial view, which lives beside the panel's class, and its model.</summary>
public sealed record CasePanelView(string ViewPath, object Model)
{
    public static CasePanelView Beside(ICasePanel panel, string partialName, object model) =>
        new(FeatureViewLocations.PathBeside(panel.GetType(), partialName), model);
}
