namespace TraffickingCare.Web.Features.Shared.CasePanels;

/// <summary>
/// One feature's part of the case page (services, field visits, the support network, proceedings, attachments,
/// conferences): it runs its own query for the case and says what to show, or null when the user has nothing there.
/// Registered in the feature's block of FeatureSetup; the case page shows every registered panel by <see cref="Order"/>,
/// so a new feature adds a panel without editing the case page's view model. The case page has already checked that
/// the user may see the case (<see cref="Access.CaseAccess"/>) and audited the view.
/// </summary>
public interface ICasePanel
{
    /// <summary>Where the panel stands on the page, smallest first.</summary>
    int Order { get; }

    Task<CasePanelView?> BuildAsync(CasePanelContext context, CancellationToken ct);
}
