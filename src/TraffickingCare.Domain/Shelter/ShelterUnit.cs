using TraffickingCare.Domain.Common;

namespace TraffickingCare.Domain.Shelter;

/// <summary>
/// A shelter unit (the Centre's Prihvatilište, later others). Its address is secret: whoever knows it can find
/// the women living there, so it is encrypted at rest and shown only to shelter staff and the coordinator.
/// </summary>
public sealed class ShelterUnit : Entity
{
    public const int NameMaxLength = 100;
    public const int AddressMaxLength = 300;

    private ShelterUnit()
    {
        Name = string.Empty;
        Address = string.Empty;
    }

    /// <summary>What staff call it ("Prihvatilište"): never the street.</summary>
    public string Name { get; private set; }

    public string Address { get; private set; }

    public static ShelterUnit Open(string name, string address) => new ShelterUnit().Describe(name, address);

    public ShelterUnit Describe(string name, string address)
    {
        Name = Guard.Text(name, NameMaxLength, "Shelter.Errors.UnitName");
        Address = Guard.Text(address, AddressMaxLength, "Shelter.Errors.Address");
        return this;
    }
}
