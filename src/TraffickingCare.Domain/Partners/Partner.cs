using TraffickingCare.Domain.Common;
using TraffickingCare.Domain.People;

namespace TraffickingCare.Domain.Partners;

/// <summary>
/// An institution or organisation in the partner directory: a centre for social work, a school, a court,
/// a police station, an NGO. Support networks, services, field visits, proceedings and conferences point to
/// it. Its own data (name, address, phone) is public; its contact people are personal data (see
/// <see cref="PartnerContact"/>).
/// </summary>
public sealed class Partner : Entity
{
    public const int NameMaxLength = 200;
    public const int AddressMaxLength = 300;
    public const int PhoneMaxLength = 50;
    public const int EmailMaxLength = 200;

    private readonly List<PartnerContact> contacts = [];

    private Partner()
    {
        Name = string.Empty;
        SearchKey = string.Empty;
    }

    public string Name { get; private set; }

    /// <summary>The name normalised for search (<see cref="NameKeys"/>): Latin or Cyrillic, with or without diacritics.</summary>
    public string SearchKey { get; private set; }

    public Sector Sector { get; private set; }

    /// <summary>Code from the <c>Municipality</c> code list.</summary>
    public string? MunicipalityCode { get; private set; }

    public string? Address { get; private set; }

    public string? Phone { get; private set; }

    public string? Email { get; private set; }

    /// <summary>Set when this entry was merged into another: every reference then points to that one.</summary>
    public Guid? MergedIntoId { get; private set; }

    public IReadOnlyList<PartnerContact> Contacts => contacts;

    public static Partner Create(string name, Sector sector, string? municipalityCode) =>
        new Partner().Describe(name, sector, municipalityCode);

    public Partner Describe(string name, Sector sector, string? municipalityCode)
    {
        Name = Guard.Text(name, NameMaxLength, "Partners.Errors.Name");
        SearchKey = string.Join(' ', NameKeys.Words(Name));
        Sector = Enum.IsDefined(sector) ? sector : throw new DomainException("Partners.Errors.Sector");
        MunicipalityCode = string.IsNullOrWhiteSpace(municipalityCode) ? null : municipalityCode.Trim();
        return this;
    }

    public Partner Reach(string? address, string? phone, string? email)
    {
        Address = Guard.OptionalText(address, AddressMaxLength, "Partners.Errors.Address");
        Phone = Guard.OptionalText(phone, PhoneMaxLength, "Partners.Errors.Phone");
        Email = Guard.OptionalText(email, EmailMaxLength, "Partners.Errors.Email");
        return this;
    }

    public PartnerContact AddContact(string name, string? function, string? phone, string? email)
    {
        var contact = PartnerContact.Of(Id, name, function, phone, email);
        contacts.Add(contact);
        return contact;
    }

    /// <summary>
    /// Marks this entry (a duplicate) as merged into <paramref name="kept"/>; the caller moves every reference
    /// and removes this entry. An entry is merged once, into a live entry that is not itself merged away.
    /// </summary>
    public void MergeInto(Partner kept)
    {
        if (kept.Id == Id || kept.MergedIntoId is not null || kept.IsDeleted)
        {
            throw new DomainException("Partners.Errors.MergeTarget");
        }

        if (MergedIntoId is not null || IsDeleted)
        {
            throw new DomainException("Partners.Errors.AlreadyMerged");
        }

        MergedIntoId = kept.Id;
    }
}
