using TraffickingCare.Domain.Common;

namespace TraffickingCare.Domain.Shelter;

/// <summary>
/// A bed in a room. A bed out of use (repairs, a room closed) takes nobody; who is in a bed is its open
/// <see cref="BedOccupancy"/>, of which the database allows one per bed.
/// </summary>
public sealed class Bed : Entity
{
    public const int LabelMaxLength = 30;

    private Bed()
    {
        Label = string.Empty;
    }

    public Guid RoomId { get; private set; }

    public string Label { get; private set; }

    public bool InUse { get; private set; }

    public static Bed In(Guid roomId, string label) =>
        new() { RoomId = roomId, Label = Guard.Text(label, LabelMaxLength, "Shelter.Errors.BedLabel"), InUse = true };

    /// <summary>Out of use only when empty: a resident is moved first.</summary>
    public void TakeOutOfUse(bool occupied)
    {
        if (occupied)
        {
            throw new DomainException("Shelter.Errors.BedOccupiedCannotClose");
        }

        InUse = false;
    }

    public void PutBackInUse() => InUse = true;
}
