using TraffickingCare.Domain.Common;

namespace TraffickingCare.Domain.Shelter;

/// <summary>
/// A placement's time in one bed. The open one (<see cref="EndedAtUtc"/> null) is who is in the bed now: a unique
/// index over open rows per bed is what keeps a bed from being given twice, even by two admissions at the same moment.
/// </summary>
public sealed class BedOccupancy : Entity, IPartOf<Placement>
{
    private BedOccupancy()
    {
    }

    public Guid PlacementId { get; private set; }

    public Guid BedId { get; private set; }

    public DateTime FromUtc { get; private set; }

    public DateTime? EndedAtUtc { get; private set; }

    Guid IPartOf<Placement>.RootId => PlacementId;

    internal static BedOccupancy Of(Guid placementId, Guid bedId, DateTime fromUtc) =>
        new() { PlacementId = placementId, BedId = bedId, FromUtc = fromUtc };

    internal void End(DateTime atUtc) => EndedAtUtc = atUtc;
}
