using System.Security.Claims;

namespace TraffickingCare.Web.Features.Shared.Home;

/// <summary>
/// One feature's part of the home page: it runs its own query and says what to show, or null when the user
/// has nothing there (no business seeing it, or nothing waiting). Registered as a service in the feature's block
/// of FeatureSetup; the home page shows every registered panel, by <see cref="Order"/>, with no view model to edit.
/// </summary>
public interface IHomePanel
{
    /// <summary>Where the panel stands on the page, smallest first.</summary>
    int Order { get; }

    Task<HomePanelView?> BuildAsync(ClaimsPrincipal user, CancellationToken ct);
}
