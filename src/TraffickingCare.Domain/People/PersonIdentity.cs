using TraffickingCare.Domain.Common;

namespace TraffickingCare.Domain.People;

/// <summary>
/// The identifying data of a person (korisnik/korisnica), kept apart from everything the statistics
/// use and encrypted at rest field by field. Everywhere else the person appears only under a case code.
/// </summary>
public sealed class PersonIdentity : Entity
{
    public const int NameMaxLength = 100;

    /// <summary>As long as a referral's "name or alias", which becomes the alias when a case is opened.</summary>
    public const int AliasMaxLength = 200;
    public const int PersonalIdNumberMaxLength = 13;
    public const int PhoneMaxLength = 40;
    public const int AddressMaxLength = 300;
    public const int DocumentsMaxLength = 500;

    private PersonIdentity()
    {
    }

    public string? FirstName { get; private set; }

    public string? LastName { get; private set; }

    public string? Alias { get; private set; }

    public DateOnly? DateOfBirth { get; private set; }

    /// <summary>JMBG: 13 digits; validated by the form, stored encrypted.</summary>
    public string? PersonalIdNumber { get; private set; }

    public string? Phone { get; private set; }

    public string? Address { get; private set; }

    /// <summary>Identity and travel documents: kind, number, issuer, where they are (often withheld by the trafficker).</summary>
    public string? Documents { get; private set; }

    /// <summary>When the retention run emptied this identity (the last of the person's cases was anonymised).</summary>
    public DateTime? AnonymisedAtUtc { get; private set; }

    public static PersonIdentity Record(PersonIdentityDetails details)
    {
        var identity = new PersonIdentity();
        identity.Correct(details);
        return identity;
    }

    public void Correct(PersonIdentityDetails details)
    {
        FirstName = Guard.OptionalText(details.FirstName, NameMaxLength, "People.Errors.NameTooLong");
        LastName = Guard.OptionalText(details.LastName, NameMaxLength, "People.Errors.NameTooLong");
        Alias = Guard.OptionalText(details.Alias, AliasMaxLength, "People.Errors.NameTooLong");
        DateOfBirth = details.DateOfBirth;
        PersonalIdNumber = Guard.OptionalText(details.PersonalIdNumber, PersonalIdNumberMaxLength, "People.Errors.PersonalIdNumberInvalid");
        Phone = Guard.OptionalText(details.Phone, PhoneMaxLength, "People.Errors.PhoneTooLong");
        Address = Guard.OptionalText(details.Address, AddressMaxLength, "People.Errors.AddressTooLong");
        Documents = Guard.OptionalText(details.Documents, DocumentsMaxLength, "People.Errors.DocumentsTooLong");
    }
}
