using TraffickingCare.Domain.Common;

namespace TraffickingCare.Domain.Shelter;

/// <summary>A room of a shelter unit; its beds are <see cref="Bed"/>s.</summary>
public sealed class ShelterRoom : Entity
{
    public const int NameMaxLength = 50;

    private ShelterRoom()
    {
        Name = string.Empty;
    }

    public Guid ShelterId { get; private set; }

    public string Name { get; private set; }

    public static ShelterRoom In(Guid shelterId, string name) =>
        new() { ShelterId = shelterId, Name = Guard.Text(name, NameMaxLength, "Shelter.Errors.RoomName") };
}
