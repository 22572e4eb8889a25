using TraffickingCare.Domain.Partners;
using TraffickingCare.Web.Features.Network.Ecomap;

namespace TraffickingCare.Web.Features.Network;

/// <summary>A case's support network: the ecomap and, beside it, the same in a table (active actors, missing sectors, ended ones).</summary>
public sealed record NetworkView(
    Guid CaseId,
    string CaseCode,
    bool CanEdit,
    IReadOnlyList<NetworkActorRow> Actors,
    IReadOnlyList<Sector> Missing,
    EcomapDrawing Ecomap,
    int StaleContactDays)
{
    public IEnumerable<NetworkActorRow> Active => Actors.Where(a => a.IsActive);

    public IEnumerable<NetworkActorRow> Ended => Actors.Where(a => !a.IsActive);

    /// <summary>Whether this is the network's own page (edit links) or the case page's panel (a link to that page).</summary>
    public bool OnOwnPage { get; init; }
}
