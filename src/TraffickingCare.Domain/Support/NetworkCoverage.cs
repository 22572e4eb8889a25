using TraffickingCare.Domain.Partners;

namespace TraffickingCare.Domain.Support;

/// <summary>Which of the sectors a network should reach (<see cref="Sectors.OfNetwork"/>) have no active actor.</summary>
public static class NetworkCoverage
{
    public static IReadOnlyList<Sector> Missing(IEnumerable<Sector> activeSectors)
    {
        var present = activeSectors.ToHashSet();
        return [.. Sectors.OfNetwork.Where(s => !present.Contains(s))];
    }

    /// <summary>The sectors an ecomap draws, in order: every sector of <see cref="Sectors.OfNetwork"/>, then any other present.</summary>
    public static IReadOnlyList<Sector> Drawn(IEnumerable<Sector> activeSectors) =>
        [.. Sectors.OfNetwork, .. activeSectors.Distinct().Where(s => !Sectors.OfNetwork.Contains(s)).Order()];
}
