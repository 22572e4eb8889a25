namespace TraffickingCare.Web.Features.Shared.Home;

/// <summary>
/// The model of a home page panel's partial. The page shows one card per role of the user, and a panel in each
/// card it belongs to: <see cref="Role"/> is that card's (element ids carry it; a panel may say more to one role).
/// </summary>
public abstract record HomePanelModel
{
    public string Role { get; init; } = string.Empty;
}
