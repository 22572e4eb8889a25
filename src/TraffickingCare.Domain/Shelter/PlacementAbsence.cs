using TraffickingCare.Domain.Common;

namespace TraffickingCare.Domain.Shelter;

/// <summary>A temporary absence (hospital, a visit), in local days; open-ended until she is back. Her bed stays hers.</summary>
public sealed class PlacementAbsence : Entity, IPartOf<Placement>
{
    private PlacementAbsence()
    {
    }

    public Guid PlacementId { get; private set; }

    public AbsenceKind Kind { get; private set; }

    public DateOnly FromOn { get; private set; }

    public DateOnly? ToOn { get; private set; }

    Guid IPartOf<Placement>.RootId => PlacementId;

    public bool IsOngoingOn(DateOnly day) => FromOn <= day && (ToOn is null || ToOn >= day);

    internal static PlacementAbsence Of(Guid placementId, AbsenceKind kind, DateOnly fromOn, DateOnly? toOn) =>
        new() { PlacementId = placementId, Kind = kind, FromOn = fromOn, ToOn = toOn };
}
